/// <reference types="astro/client" />
/// <reference types="vite/client" />

// Plain `tsc` (npm run typecheck) sees .astro files only through this declaration; Astro's
// compiler checks the components themselves when it builds them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
