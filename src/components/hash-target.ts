// When the page is opened on (or moves to) a #hash, briefly highlight the target so the reader
// sees where they landed. The motion itself is CSS, which drops it for prefers-reduced-motion;
// scroll-padding in global.css keeps the target below the sticky header.

function targetId(): string {
  // A hand-edited link can carry a malformed escape ("#%E0%A4"): treat it as no target.
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

function highlight(): void {
  const id = targetId();
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  target.classList.remove('is-landed');
  // Reading layout restarts the animation when the same target is chosen twice.
  void target.offsetWidth;
  target.classList.add('is-landed');
  setTimeout(() => target.classList.remove('is-landed'), 2500);
}

addEventListener('hashchange', highlight);
highlight();
