/**
 * What the lab draws the live run against: our engine's reference run for the same settings
 * (fetched from /reference/ when one exists), or a run the reader pinned, which also gets a
 * frequency-by-frequency comparison at a step the reader scrubs to.
 */
import type { CompactRun } from '../../reference/spec';
import { type LabKey } from './i18n';
import { formatInt } from '../../i18n/format';
import type { LabReference } from '../../figures/data/lab';
import type { LabDom } from './lab-dom';
import * as F from './lab-figures';
import { RunData } from './run-data';

export class LabCompare {
  /** The run the reader pinned, a copy frozen at the moment of pinning. */
  pinned: RunData | null = null;
  private reference: { id: string; overlay: F.Overlay; data: CompactRun } | null = null;
  private cache = new Map<string, Promise<CompactRun | null>>();

  constructor(
    private readonly dom: LabDom,
    private readonly references: readonly LabReference[],
    /** Redraw the figures (a reference arrived). */
    private readonly redraw: () => void,
  ) {}

  /** Look up the reference run for a new run's settings; `current` says whether that run is still the lab's. */
  findReference(run: RunData, current: () => boolean, found: (has: boolean) => void = () => undefined): void {
    const c = run.config;
    const ref = this.references.find(
      (r) => r.p === c.p && r.d === c.d && r.seed === c.seed && r.lr === c.lr && r.wd === c.weightDecay && r.frac === c.trainFraction,
    );
    this.reference = null;
    const note = this.dom.byRole('ref-note');
    if (!ref) {
      note.textContent = this.dom.t('compare.refNone');
      found(false);
      return;
    }
    let p = this.cache.get(ref.id);
    if (!p) {
      p = fetch(`/reference/${ref.id}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<CompactRun>) : null))
        .catch(() => null);
      this.cache.set(ref.id, p);
    }
    void p.then((data) => {
      if (!current()) return;
      if (!data || !Array.isArray(data.steps) || !Array.isArray(data.signals)) {
        note.textContent = this.dom.t('compare.refNone');
        found(false);
        return;
      }
      note.textContent = this.dom.t('compare.refMatch');
      this.reference = {
        id: ref.id,
        data,
        overlay: {
          loss: { steps: data.steps, trainLoss: data.trainLoss, testLoss: data.testLoss, trainAcc: data.trainAcc, testAcc: data.testAcc },
          signal: { p: data.config.p, steps: data.steps, signals: data.signals, circles: data.circles },
        },
      };
      found(true);
      this.redraw();
    });
  }

  /**
   * The reference run's logged rows up to `step`, as a run the figures can draw (its spectra
   * mirrored back to all p entries: S_{p−k} = S_k); null without a reference.
   */
  referenceUpTo(step: number): RunData | null {
    const data = this.reference?.data;
    if (!data) return null;
    const { p } = data.config;
    const run = new RunData(data.config, { backend: data.engine.backend, precision: data.engine.precision });
    const rows = [];
    for (let i = 0; i < data.steps.length && data.steps[i]! <= step; i++) {
      const half = data.signals[i]!;
      const signals = Float64Array.from({ length: p }, (_, k) => half[Math.min(k, p - k)] ?? 0);
      rows.push({
        step: data.steps[i]!,
        trainLoss: data.trainLoss[i]!,
        testLoss: data.testLoss[i]!,
        trainAcc: data.trainAcc[i]!,
        testAcc: data.testAcc[i]!,
        signals,
      });
    }
    run.append(rows);
    return run.length ? run : null;
  }

  pin(run: RunData): void {
    const copy = new RunData(run.config, { ...run.engine });
    copy.append(
      run.steps.map((step, i) => ({
        step,
        trainLoss: run.trainLoss[i]!,
        testLoss: run.testLoss[i]!,
        trainAcc: run.trainAcc[i]!,
        testAcc: run.testAcc[i]!,
        signals: run.signals[i]!,
      })),
    );
    copy.embedding = run.embedding;
    this.pinned = copy;
  }

  unpin(): void {
    this.pinned = null;
  }

  /** The series drawn under the live run: the pinned run's, else the reference's. */
  overlay(): F.Overlay | null {
    if (this.pinned) return { loss: this.pinned.lossSeries(), signal: this.pinned.signalSeries() };
    return this.reference?.overlay ?? null;
  }

  /** The caption that names the overlay. */
  overlayNote(): string {
    if (this.pinned) return this.dom.t('fig.overlayPin', { seed: this.pinned.config.seed, d: this.pinned.config.d });
    return this.reference ? this.dom.t('fig.overlayRef', { id: this.reference.id }) : '';
  }

  /** Show or hide the compare panel; keep the scrubber at the end while it was there. */
  update(run: RunData | null): void {
    const has = Boolean(this.pinned);
    this.dom.byRole('compare').hidden = !has;
    this.dom.button('unpin').hidden = !has;
    if (!this.pinned) return;
    const maxStep = Math.max(run?.step ?? 0, this.pinned.step);
    const scrub = this.dom.byRole<HTMLInputElement>('scrub');
    const wasAtEnd = Number(scrub.value) >= Number(scrub.max);
    scrub.max = String(maxStep);
    if (wasAtEnd) scrub.value = String(maxStep);
    this.draw(run);
  }

  /** The two spectra at the scrubbed step, and which circles each run has there. */
  draw(run: RunData | null): void {
    const pinned = this.pinned;
    if (!pinned || !run || run.length === 0) return;
    const { dom } = this;
    const step = Number(dom.byRole<HTMLInputElement>('scrub').value);
    dom.byRole('scrub-out').textContent = formatInt(dom.lang, step);
    const a = F.spectrumAt(run, run.indexAt(step));
    const b = F.spectrumAt(pinned, pinned.indexAt(step));
    const list = (xs: number[]) => (xs.length ? xs.join(', ') : dom.t('survivors.none'));
    const setA = new Set(a.circles);
    const setB = new Set(b.circles);
    const byK = (x: number, y: number) => x - y;
    dom.byRole('cmp-both').textContent = dom.t('compare.both', { list: list(a.circles.filter((k) => setB.has(k)).sort(byK)) });
    dom.byRole('cmp-live').textContent = dom.t('compare.onlyLive', { list: list(a.circles.filter((k) => !setB.has(k)).sort(byK)) });
    dom.byRole('cmp-pinned').textContent = dom.t('compare.onlyPinned', { list: list(b.circles.filter((k) => !setA.has(k)).sort(byK)) });
    const title = (name: LabKey, r: RunData, s: number) =>
      `${dom.t(name)}: p = ${r.config.p}, d = ${r.config.d}, ${dom.t('field.seed')} ${r.config.seed} · ${dom.t('table.step')} ${formatInt(dom.lang, s)}`;
    dom.byRole('cmp-title-live').textContent = title('compare.live', run, a.step ?? 0);
    dom.byRole('cmp-title-pinned').textContent = title('compare.pinned', pinned, b.step ?? 0);
    F.drawSpectrum(dom.plot('compare-live'), a, dom.lang, 200);
    F.drawSpectrum(dom.plot('compare-pinned'), b, dom.lang, 200);
    if (dom.$<HTMLDetailsElement>('[data-table-for="compare"]').open) {
      const box = dom.root.querySelector('[data-table="compare"]');
      const table = this.table(run);
      box?.replaceChildren(...(table ? [table] : []));
    }
  }

  /** The comparison as a table (the figure's text alternative). */
  table(run: RunData): HTMLTableElement | null {
    if (!this.pinned) return null;
    const step = Number(this.dom.byRole<HTMLInputElement>('scrub').value);
    return F.compareTable(F.spectrumAt(run, run.indexAt(step)), F.spectrumAt(this.pinned, this.pinned.indexAt(step)), this.dom.lang);
  }
}
