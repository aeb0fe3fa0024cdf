/**
 * The one way widgets put their state into the page's address: history.replaceState (no new history
 * entry per slider move), only when the query actually changed, and never throwing (some sandboxed
 * frames forbid replaceState; the widget keeps working, the link just does not follow).
 * Browser-only, like notice-text.ts.
 */
export function replaceSearch(params: URLSearchParams): void {
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search === location.search) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  } catch {
    /* forbidden here: the page state is still right */
  }
}
