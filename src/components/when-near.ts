/**
 * Load an island's code only when one of its elements comes near the viewport or the reader
 * reaches it by keyboard or pointer: the page's own script stays a few hundred bytes, and heavy
 * modules (Observable Plot, the ODE solvers) arrive only for readers who get there. The module
 * defines the custom element, which upgrades the server-rendered markup in place.
 */
export function whenNear(tag: string, load: () => Promise<unknown>, rootMargin = '800px'): void {
  const elements = Array.from(document.querySelectorAll(tag));
  if (!elements.length) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    io?.disconnect();
    for (const el of elements) {
      el.removeEventListener('focusin', start);
      el.removeEventListener('pointerdown', start);
    }
    void load();
  };
  const io =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => e.isIntersecting)) start();
          },
          { rootMargin },
        );
  if (!io) return start();
  for (const el of elements) {
    io.observe(el);
    el.addEventListener('focusin', start);
    el.addEventListener('pointerdown', start);
  }
}
