/**
 * The one way widgets put their state into the page's address: history.replaceState (no new history
 * entry per slider move), only when the query actually changed, and never throwing (some sandboxed
 * frames forbid replaceState; the widget keeps working, the link just does not follow).
 * Returns the page's address with that query (what a copy-link control should copy).
 * Browser-only, like notice-text.ts.
 */
export function replaceSearch(params: URLSearchParams): string {
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
