// Keep the reader's place when switching language: copy the current #hash onto the switch link.
function syncHash(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.hash = location.hash;
  }
}
syncHash();
addEventListener('hashchange', syncHash);
