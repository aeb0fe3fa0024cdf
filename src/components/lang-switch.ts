// Keep the reader's place and settings when switching language: the switch link carries the
// current query (every widget's state, e.g. `?collab.keep=6,24`) and #hash. Widgets rewrite the
// URL with history.replaceState, which fires no event, so the link is brought up to date whenever
// the reader is about to use it, as well as on load and on hash and history changes.
function sync(link: HTMLAnchorElement): void {
  link.search = location.search;
  link.hash = location.hash;
}

function syncAll(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) sync(link);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  // pointerdown and focus come before click, middle-click, "copy link" and keyboard activation.
  for (const type of ['pointerdown', 'focus', 'mouseenter', 'click', 'auxclick', 'contextmenu'] as const) {
    link.addEventListener(type, () => sync(link));
  }
}
syncAll();
addEventListener('hashchange', syncAll);
addEventListener('popstate', syncAll);
