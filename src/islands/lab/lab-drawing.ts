/**
 * The lab's frame-paced drawing: redraws are coalesced (at most one every DRAW_EVERY_MS while
 * training), each figure is drawn in a frame of its own, figures off screen wait until they
 * scroll into view or the run stops, and the figures' tables are filled when opened. Timings of
 * the longest drawing task are kept on the element (data-max-draw-ms, data-draw-ms).
 */
import type { LabCompare } from './lab-compare';
import type { LabDom } from './lab-dom';
import * as F from './lab-figures';
import type { RunData } from './run-data';

/** Redraw at most this often while training (figures are cheap, but not free). */
const DRAW_EVERY_MS = 300;

/** What the drawing reads from the lab. */
export interface DrawSource {
  run(): RunData | null;
  /** A run drawn while the reader's own is at step 0 (a shared link's reference run), if any. */
  preview(): RunData | null;
  running(): boolean;
}

type Job = (() => void) & { id?: string };

export class LabDrawing {
  private lastDraw = 0;
  private queued = false;
  /** A draw was asked for while one was in progress: draw again when it ends. */
  private again = false;
  /** Longest single drawing task so far, in ms, overall and per job (figure id, or 'other'). */
  private maxMs = 0;
  private ms: Record<string, number> = {};
  private planes: ReturnType<typeof F.planesOf> = [];
  /** Figures (data-plot ids) on screen now, and those skipped while off screen. */
  private inView = new Set<string>();
  private stale = new Set<string>();

  constructor(
    private readonly dom: LabDom,
    private readonly source: DrawSource,
    private readonly compare: LabCompare,
  ) {}

  /** Draw soon: at once (`now`), or when DRAW_EVERY_MS have passed since the last draw. */
  schedule(now: boolean): void {
    if (this.queued) {
      if (now) this.again = true;
      return;
    }
    const wait = now ? 0 : Math.max(0, DRAW_EVERY_MS - (performance.now() - this.lastDraw));
    this.queued = true;
    setTimeout(() => requestAnimationFrame(() => void this.drawAll()), wait);
  }

  /** Track which figures are on screen; returns the disconnect. */
  observe(): () => void {
    if (typeof IntersectionObserver === 'undefined') return () => undefined;
    const plots = new IntersectionObserver((entries) => {
      let stale = false;
      for (const en of entries) {
        const id = (en.target as HTMLElement).dataset.plot!;
        if (en.isIntersecting) this.inView.add(id);
        else this.inView.delete(id);
        stale ||= en.isIntersecting && this.stale.has(id);
      }
      if (stale) this.schedule(false);
    });
    for (const el of this.dom.root.querySelectorAll('[data-plot]')) plots.observe(el);
    return () => plots.disconnect();
  }

  /** Fill the table of figure `id` (shown when its <details> is open). */
  drawTable(id: string): void {
    const run = this.source.run();
    const box = this.dom.root.querySelector(`[data-table="${id}"]`);
    if (!run || run.length === 0 || !box) return;
    let t: HTMLTableElement | null = null;
    if (id === 'loss') t = F.lossTable(run, this.dom.lang);
    else if (id === 'signal' || id === 'heatmap') t = F.signalTable(run, this.dom.lang);
    else if (id === 'spectrum') t = F.spectrumTable(run, this.dom.lang);
    else if (id === 'planes') t = this.planes.length ? F.planesTable(this.planes, this.dom.lang) : null;
    else if (id === 'compare') t = this.compare.table(run);
    box.replaceChildren(...(t ? [t] : []));
  }

  /**
   * Redraw every figure, each in its own task and frame: one Plot figure takes a few milliseconds,
   * all of them together could hold the main thread past 50 ms on a slow or busy machine.
   */
  private async drawAll(): Promise<void> {
    const live = this.source.run();
    const preview = live && live.step === 0 ? this.source.preview() : null;
    const run = preview ?? live;
    try {
      if (!live || !run || run.length === 0 || this.dom.byRole('live').hidden) return;
      const step = live.step;
      const { dom, compare } = this;
      // The preview is the reference run itself: no need to draw it twice.
      const overlay = preview ? null : compare.overlay();
      // While training, only the figures on screen are drawn; the others are drawn when they
      // scroll into view or the run stops.
      const all = !this.source.running();
      const plot = (id: string, draw: (el: HTMLElement) => void): Job =>
        Object.assign(
          () => {
            if (!all && typeof IntersectionObserver !== 'undefined' && !this.inView.has(id)) {
              this.stale.add(id);
              return;
            }
            this.stale.delete(id);
            draw(dom.plot(id));
          },
          { id },
        );
      const jobs: Job[] = [
        plot('loss', (el) => F.drawLoss(el, run, dom.lang, overlay, !all)),
        plot('signal', (el) => F.drawSignal(el, run, dom.lang, overlay, !all)),
        plot('spectrum', (el) => F.drawSpectrum(el, F.spectrumAt(run, run.length - 1), dom.lang)),
        plot('heatmap', (el) => F.drawHeatmap(el, run, dom.lang, !all)),
        plot('planes', (el) => {
          this.planes = F.planesOf(run, 4);
          F.drawPlanes(el, this.planes, dom.lang);
        }),
        () => {
          for (const id of ['loss', 'signal']) {
            const note = dom.$(`[data-overlay-note="${id}"]`);
            note.hidden = !overlay;
            note.textContent = compare.overlayNote();
          }
          this.drawSurvivors(run);
        },
        ...[...dom.root.querySelectorAll<HTMLDetailsElement>('details[data-table-for]')]
          .filter((d) => d.open)
          .map((d) => () => this.drawTable(d.dataset.tableFor!)),
        () => {
          if (compare.pinned) compare.update(run);
        },
      ];
      for (const [i, job] of jobs.entries()) {
        // One figure per rendered frame: wait for the next frame, then for the task after it, so
        // that each figure's style, layout and paint land in a frame of their own rather than
        // piling two figures' work into one long task.
        if (i > 0) await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        // A reset or new settings replaced the run: start over with the new one.
        if (this.source.run() !== live) {
          this.again = true;
          return;
        }
        const t0 = performance.now();
        job();
        const ms = performance.now() - t0;
        this.maxMs = Math.max(this.maxMs, ms);
        const id = job.id ?? 'other';
        this.ms[id] = Math.max(this.ms[id] ?? 0, Math.round(ms));
      }
      dom.root.dataset.drawnStep = String(step);
      dom.root.dataset.drawnPreview = preview ? String(preview.step) : '';
      dom.root.dataset.maxDrawMs = this.maxMs.toFixed(1);
      dom.root.dataset.drawMs = JSON.stringify(this.ms);
    } finally {
      this.queued = false;
      this.lastDraw = performance.now();
      if (this.again) {
        this.again = false;
        this.schedule(true);
      }
    }
  }

  private drawSurvivors(run: RunData): void {
    const states = run.frequencyStates();
    const pick = (s: string) => [...states].filter(([, v]) => v === s).map(([k]) => k);
    const list = (xs: number[]) => (xs.length ? xs.join(', ') : this.dom.t('survivors.none'));
    const alive = run.circles;
    const el = this.dom.byRole('alive');
    el.textContent = this.dom.t('survivors.alive', { list: list(alive) });
    el.dataset.circles = alive.join(',');
    this.dom.byRole('fading').textContent = this.dom.t('survivors.fading', { list: list(pick('fading')) });
  }
}
