/**
 * The one way widgets put their state into the page's address: history.replaceState (no new history
 * entry per slider move), only when the query actually changed, and never throwing (some sandboxed
 * frames forbid replaceState; the widget keeps working, the link just does not follow).
 * Returns the page's address with that query (what a copy-link control should copy).
 * Browser-only, like notice-text.ts; src/lib is type-checked without the DOM library, so the page's
 * history is reached through globalThis with the one method used here.
 */
interface PageHistory {
  state: unknown;
  replaceState(data: unknown, unused: string, url: string): void;
}

export function replaceSearch(params: URLSearchParams): string {
  const history = (globalThis as unknown as { history: PageHistory }).history;
  const query = params.toString();
  const search = query ? `?${query}` : '';
  const address = `${location.origin}${location.pathname}${search}${location.hash}`;
  if (search === location.search) return address;
  try {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  } catch {
    /* forbidden here: the page state is still right, and the returned address can still be copied */
  }
  return address;
}
