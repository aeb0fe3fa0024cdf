// When the page is opened on (or moves to) a #hash: land on the target and stay there while the
// page settles, and briefly highlight it so the reader sees where they landed. The highlight's
// motion is CSS, which drops it for prefers-reduced-motion; scroll-padding in global.css keeps the
// target below the sticky header.
//
// Why "stay there": the browser scrolls to the target once, early (smoothly, where motion is
// allowed), but widgets above it hydrate afterwards and grow — the circles' ODE widget by about
// 1,800 px — which left a fresh `…/lotka-volterra/#widget-two-species` link 1,860 px short of its
// target. So while the page's height keeps changing, the target is put back at the top after each
// change, until the reader scrolls, clicks or types (their own move always wins) or the page has
// had time to settle.

/** How long after landing a layout change may still move the page back to the target. */
const SETTLE_MS = 12_000;
/** Within this many pixels of its landing place the target counts as in place. */
const TOLERANCE_PX = 4;

function targetId(): string {
  // A hand-edited link can carry a malformed escape ("#%E0%A4"): treat it as no target.
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

function currentTarget(): HTMLElement | null {
  const id = targetId();
  return id ? document.getElementById(id) : null;
}

function highlight(target: HTMLElement): void {
  target.classList.remove('is-landed');
  // Reading layout restarts the animation when the same target is chosen twice.
  void target.offsetWidth;
  target.classList.add('is-landed');
  setTimeout(() => target.classList.remove('is-landed'), 2500);
}

/** The target's top where a #hash scroll puts it: the root's scroll-padding (below the sticky header). */
function landingTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

let stopHolding: (() => void) | null = null;

/**
 * Keep `target` at the top while the layout changes. `alignNow` puts it there at once (a fresh
 * page load); after an in-page hash change the browser's own (smooth) scroll is left to run and
 * only later layout changes re-align.
 */
function holdLanding(target: HTMLElement, alignNow: boolean): void {
  stopHolding?.();
  const readerMoves = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  let frame = 0;
  const realign = () => {
    frame = 0;
    if (Math.abs(target.getBoundingClientRect().top - landingTop()) > TOLERANCE_PX) {
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  };
  let first = true;
  const observer = new ResizeObserver(() => {
    // The observer reports once on observe(): that is the page as the browser landed it.
    if (first && !alignNow) {
      first = false;
      return;
    }
    first = false;
    if (!frame) frame = requestAnimationFrame(realign);
  });
  const stop = () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    for (const type of readerMoves) removeEventListener(type, stop, true);
    if (stopHolding === stop) stopHolding = null;
  };
  for (const type of readerMoves) addEventListener(type, stop, { capture: true, passive: true });
  const timer = setTimeout(stop, SETTLE_MS);
  observer.observe(document.body);
  stopHolding = stop;
}

function land(fresh: boolean): void {
  const target = currentTarget();
  if (!target) return;
  highlight(target);
  holdLanding(target, fresh);
}

addEventListener('hashchange', () => land(false));
land(true);
