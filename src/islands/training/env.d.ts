// Vite's `?url` imports (the wasm binaries the worker hands to setWasmPaths).
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
