/**
 * How the reader and the page drive the lab: clicks on its buttons and presets, edits of its
 * fields, the compare scrubber, opened tables, the keyboard (Space, →, R), the tab hidden or the
 * lab scrolled away, leaving and returning to the page (back/forward cache), and resizes.
 */

/** What the lab does for each input. */
export interface LabInputs {
  action(name: string): void;
  preset(id: string): void;
  field(el: HTMLInputElement | HTMLSelectElement): void;
  scrub(): void;
  tableOpened(id: string): void;
  toggle(): void;
  step(n: number): void;
  reset(): void;
  /** The tab was hidden or shown, or the lab scrolled off or on screen. */
  visibility(hidden: boolean, offscreen: boolean): void;
  /** The lab came within a screen of the viewport (time to start the worker). */
  near(): void;
  pagehide(): void;
  /** The page came back from the back/forward cache. */
  pageshow(): void;
  resized(): void;
}

const WARM_MARGIN = '600px 0px';

/** Listen for every input; returns what removes the listeners. */
export function bindInputs(root: HTMLElement, inputs: LabInputs): () => void {
  const cleanup: (() => void)[] = [];
  const on = (target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => {
    target.addEventListener(type, fn, opts);
    cleanup.push(() => target.removeEventListener(type, fn, opts));
  };
  on(root, 'click', (e) => {
    const btn = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!btn || !root.contains(btn) || btn.getAttribute('aria-disabled') === 'true') return;
    if (btn.dataset.preset) inputs.preset(btn.dataset.preset);
    else inputs.action(btn.dataset.action ?? '');
  });
  on(root, 'change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.dataset.field) inputs.field(el);
    else if (el.dataset.role === 'scrub') inputs.scrub();
  });
  on(root, 'input', (e) => {
    if ((e.target as HTMLElement).dataset.role === 'scrub') inputs.scrub();
  });
  on(root, 'submit', (e) => e.preventDefault());
  on(
    root,
    'toggle',
    (e) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open && d.dataset.tableFor) inputs.tableOpened(d.dataset.tableFor);
    },
    { capture: true },
  );
  on(root, 'keydown', (e) => onKey(e as KeyboardEvent, inputs));
  let offscreen = false;
  on(document, 'visibilitychange', () => inputs.visibility(document.visibilityState === 'hidden', offscreen));
  // Leaving the page (or entering the back/forward cache) ends the worker and its tensors;
  // coming back from the cache starts a fresh one at step 0.
  on(window, 'pagehide', () => inputs.pagehide());
  on(window, 'pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted) inputs.pageshow();
  });
  let resizeTimer = 0;
  on(window, 'resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => inputs.resized(), 200);
  });

  if (typeof IntersectionObserver === 'undefined') {
    inputs.near();
  } else {
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((en) => en.isIntersecting)) {
          inputs.near();
          near.disconnect();
        }
      },
      { rootMargin: WARM_MARGIN },
    );
    near.observe(root);
    const visible = new IntersectionObserver((entries) => {
      const en = entries[entries.length - 1];
      if (!en) return;
      offscreen = !en.isIntersecting;
      inputs.visibility(document.visibilityState === 'hidden', offscreen);
    });
    visible.observe(root);
    cleanup.push(() => {
      near.disconnect();
      visible.disconnect();
    });
  }
  return () => {
    for (const f of cleanup.splice(0)) f();
  };
}

function onKey(e: KeyboardEvent, inputs: LabInputs): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const t = e.target as HTMLElement;
  const tag = t.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || t.isContentEditable) return;
  if (e.key === ' ' || e.code === 'Space') {
    // On a button, Space presses that button: leave it alone.
    if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return;
    e.preventDefault();
    inputs.toggle();
  } else if (e.key === 'ArrowRight') {
    e.preventDefault();
    inputs.step(1);
  } else if (e.key === 'r' || e.key === 'R') {
    e.preventDefault();
    inputs.reset();
  }
}
