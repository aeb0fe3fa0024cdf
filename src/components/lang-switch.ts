// Keep the reader's place and settings when switching language: the switch link carries the
// current ?query (every widget keeps its state there) and #hash. Widgets rewrite the query with
// history.replaceState, which fires no event, so the link is brought up to date again at the
// moment it is used, before the browser follows it.
function sync(link: HTMLAnchorElement): void {
  link.search = location.search;
  link.hash = location.hash;
}
const links = () => document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]');
for (const link of links()) sync(link);
addEventListener('hashchange', () => links().forEach(sync));
for (const type of ['pointerdown', 'focusin', 'click'] as const) {
  document.addEventListener(
    type,
    (e) => {
      const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-switch]');
      if (link) sync(link);
    },
    true,
  );
}
