/**
 * Why the fitness widget should not train now: the tab is hidden, or the widget is scrolled off
 * the screen. Also fetches the widget's reference data once it comes near the viewport.
 */
export type AutoPause = 'hidden' | 'offscreen' | null;

/** Calls `changed` with the current reason whenever visibility changes; returns the cleanup. */
export function watchVisibility(el: HTMLElement, changed: (reason: AutoPause) => void, near: () => void): () => void {
  let offscreen = true;
  const reason = (): AutoPause => (document.visibilityState === 'hidden' ? 'hidden' : offscreen ? 'offscreen' : null);
  const onVisibility = () => changed(reason());
  document.addEventListener('visibilitychange', onVisibility);
  if (typeof IntersectionObserver === 'undefined') {
    offscreen = false;
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }
  const approach = new IntersectionObserver(
    (entries) => {
      if (entries.some((en) => en.isIntersecting)) {
        approach.disconnect();
        near(); // the reference points are small: fetch them before they are needed
      }
    },
    { rootMargin: '600px' },
  );
  approach.observe(el);
  const visible = new IntersectionObserver((entries) => {
    const en = entries[entries.length - 1];
    if (!en) return;
    offscreen = !en.isIntersecting;
    changed(reason());
  });
  visible.observe(el);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    approach.disconnect();
    visible.disconnect();
  };
}
