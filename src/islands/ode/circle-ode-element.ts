/**
 * <ode-circle-ode>: the live part of the circles' ODE widget.
 *  - loads the signals (/data/hero-signals.json), reads ?ode.* from the URL (with notices),
 *  - refits for the chosen α in a Web Worker (cached per α; a newer request cancels an older one),
 *  - applies the reader's coefficient / initial-signal edits and re-solves at once on the main
 *    thread (Euler rollout + uniform-grid exact solution: a few ms),
 *  - draws the heatmap (hover / arrow keys read a cell, click / Enter edits it) and the panels,
 *  - writes its state back to the URL with replaceState.
 * Every failure becomes a visible message; nothing here may leave the widget frozen.
 */
import * as Plot from '@observablehq/plot';
import { odeFitPanelSpec } from '../../figures/specs/ode-fit';
import { interactionMatrixLegend, interactionMatrixSpec, matrixLimit } from '../../figures/specs/ode-interaction-matrix';
import type { Matrix } from '../../lib/ode/index';
import { ALPHA_LADDER, nearestStop } from './alpha-ladder';
import {
  defaultFrequencies,
  matrixOf,
  oneStepR2,
  predict,
  stabilitySummary,
  stateMatrix,
  type CircleOdePayload,
  type FitSummary,
} from '../../lib/ode/circle-ode-model';
import { fmt, odeT, r2Text, type OdeKey } from '../../i18n/ode';
import { finishPlot } from '../../figures/svg-dom';
import { replaceSearch } from '../../lib/state/url-writer';
import { MAX_COEFFICIENT, MAX_SHOWN, MAX_SIGNAL, parseOdeUrl, writeOdeUrl, type OdeUrlState, type UrlNotice } from './url-state';
import { type Lang, langOr } from '../../i18n/languages';
import type { TemplateVars } from '../../i18n/strings';

type WorkerReply = { id: number; ok: true; fit: FitSummary } | { id: number; ok: false; message: string };

/** One fetch per data file and page, shared by every instance (and by reconnections). */
const payloads = new Map<string, Promise<CircleOdePayload>>();
function loadPayload(src: string): Promise<CircleOdePayload> {
  let p = payloads.get(src);
  if (!p) {
    p = fetch(src).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${res.url}`);
      return res.json() as Promise<CircleOdePayload>;
    });
    // A failed fetch is not kept: the next instance tries again.
    p.catch(() => payloads.delete(src));
    payloads.set(src, p);
  }
  return p;
}

class OdeCircleOde extends HTMLElement {
  private language: Lang = 'en';
  private data!: CircleOdePayload;
  private state!: Matrix;
  private d = 29;
  private url!: OdeUrlState;
  private fits = new Map<number, FitSummary>();
  private fit: FitSummary | null = null;
  private worker: Worker | null = null;
  private requestId = 0;
  private alphaTimer = 0;
  private cursor = { i: 1, j: 1 };
  private cells: SVGRectElement[] = [];
  private activeCell: SVGRectElement | null = null;
  private A: Matrix | null = null;

  private $<T extends Element = HTMLElement>(sel: string): T {
    return this.querySelector(sel) as T;
  }

  t(key: OdeKey, vars?: TemplateVars): string {
    return odeT(this.language, key, vars);
  }

  async connectedCallback(): Promise<void> {
    this.language = langOr(this.dataset.lang);
    const live = this.$('[data-live]');
    this.$('[data-needs-js]')?.remove();
    live.hidden = false;
    try {
      this.data = await loadPayload(this.dataset.src ?? '/data/hero-signals.json');
      for (const fit of this.data.fits ?? []) {
        this.fits.set(fit.alpha, fit);
      }
      this.state = stateMatrix(this.data.signals);
      this.d = this.state.cols;
    } catch (e) {
      this.showError(e);
      this.$('[data-status]').textContent = '';
      return;
    }
    const steps = this.data.signals.length - 1;
    this.$('[data-source]').textContent = this.t(this.data.source === 'hero' ? 'ode.source.hero' : 'ode.source.fixture', { d: this.data.d, steps });
    const { state, notices } = parseOdeUrl(new URLSearchParams(location.search), this.d);
    this.url = state;
    this.showNotices(notices);
    this.wire();
    this.syncControls();
    this.dataset.hydrated = 'true'; // (data-ready means "a fit is drawn")
    // The first fit and its drawing wait for the next frame: connecting stays cheap, and an
    // element removed at once (a re-render, a test) draws nothing.
    requestAnimationFrame(() => {
      if (this.isConnected) this.requestFit(this.url.alpha);
    });
  }

  disconnectedCallback(): void {
    this.worker?.terminate();
  }

  // ---- controls --------------------------------------------------------------------------

  private wire(): void {
    const alpha = this.$<HTMLInputElement>('[data-alpha]');
    alpha.addEventListener('input', () => {
      const a = ALPHA_LADDER[Number(alpha.value)] ?? 0.01;
      this.url.alpha = a;
      this.showAlpha();
      this.writeUrl();
      clearTimeout(this.alphaTimer);
      this.alphaTimer = window.setTimeout(() => this.requestFit(a), 150);
    });

    const edit = this.$<HTMLFormElement>('[data-edit-form]');
    edit.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const i = Number((edit.elements.namedItem('i') as HTMLSelectElement).value);
      const j = Number((edit.elements.namedItem('j') as HTMLSelectElement).value);
      const input = edit.elements.namedItem('value') as HTMLInputElement;
      const v = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(v)) return;
      const value = Math.min(MAX_COEFFICIENT, Math.max(-MAX_COEFFICIENT, v));
      input.value = String(value);
      this.url.edits = [...this.url.edits.filter((e) => e.i !== i || e.j !== j), { i, j, value }];
      this.cursor = { i, j };
      this.afterEdit();
    });
    for (const name of ['i', 'j']) {
      (edit.elements.namedItem(name) as HTMLSelectElement).addEventListener('change', () => {
        this.cursor = {
          i: Number((edit.elements.namedItem('i') as HTMLSelectElement).value),
          j: Number((edit.elements.namedItem('j') as HTMLSelectElement).value),
        };
        this.fillEditValue();
        this.highlight();
      });
    }

    const x0 = this.$<HTMLFormElement>('[data-x0-form]');
    const kSel = x0.elements.namedItem('k') as HTMLSelectElement;
    const x0Input = x0.elements.namedItem('value') as HTMLInputElement;
    const fillX0 = () => {
      const k = Number(kSel.value);
      x0Input.value = String(this.url.x0.find((e) => e.k === k)?.value ?? this.data.signals[0]![k - 1]);
    };
    kSel.addEventListener('change', fillX0);
    fillX0();
    x0.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const k = Number(kSel.value);
      const v = Number(x0Input.value);
      if (x0Input.value.trim() === '' || !Number.isFinite(v)) return;
      const value = Math.min(MAX_SIGNAL, Math.max(0, v));
      x0Input.value = String(value);
      this.url.x0 = [...this.url.x0.filter((e) => e.k !== k), { k, value }];
      this.afterEdit();
    });

    this.$('[data-clear]').addEventListener('click', () => {
      this.url.edits = [];
      this.url.x0 = [];
      fillX0();
      this.afterEdit();
    });

    this.$('[data-freqs]').addEventListener('change', () => {
      const checked = [...this.querySelectorAll<HTMLInputElement>('[data-freqs] input:checked')].map((c) => Number(c.value));
      this.url.shown = checked.length ? checked.sort((a, b) => a - b) : [];
      this.limitFreqs();
      this.writeUrl();
      this.solveAndDraw(false);
    });

    const box = this.$('[data-matrix]');
    box.addEventListener('pointermove', (ev) => {
      const idx = this.cells.indexOf(ev.target as SVGRectElement);
      if (idx < 0) return;
      this.moveCursor(Math.floor(idx / this.d) + 1, (idx % this.d) + 1);
    });
    box.addEventListener('click', (ev) => {
      const idx = this.cells.indexOf(ev.target as SVGRectElement);
      if (idx < 0) return;
      this.moveCursor(Math.floor(idx / this.d) + 1, (idx % this.d) + 1);
      this.startEdit();
    });
    box.addEventListener('focus', () => this.moveCursor(this.cursor.i, this.cursor.j));
    box.addEventListener('keydown', (ev) => {
      const { i, j } = this.cursor;
      const moves: Record<string, [number, number]> = {
        ArrowUp: [i - 1, j],
        ArrowDown: [i + 1, j],
        ArrowLeft: [i, j - 1],
        ArrowRight: [i, j + 1],
        Home: [i, 1],
        End: [i, this.d],
      };
      if (ev.key in moves) {
        ev.preventDefault();
        const [ni, nj] = moves[ev.key]!;
        this.moveCursor(Math.min(this.d, Math.max(1, ni)), Math.min(this.d, Math.max(1, nj)));
      } else if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        this.startEdit();
      }
    });
  }

  private syncControls(): void {
    this.$<HTMLInputElement>('[data-alpha]').value = String(nearestStop(this.url.alpha));
    this.showAlpha();
    const shown = this.shown();
    for (const c of this.querySelectorAll<HTMLInputElement>('[data-freqs] input')) c.checked = shown.includes(Number(c.value));
    this.limitFreqs();
  }

  private showAlpha(): void {
    const a = this.url.alpha;
    const text = a === 0 ? this.t('ode.alphaLs') : fmt(a);
    this.$('[data-alpha-out]').textContent = text;
    this.$<HTMLInputElement>('[data-alpha]').setAttribute('aria-valuetext', text);
  }

  private limitFreqs(): void {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('[data-freqs] input')];
    const full = boxes.filter((b) => b.checked).length >= MAX_SHOWN;
    for (const b of boxes) b.disabled = full && !b.checked;
  }

  private shown(): number[] {
    return this.url.shown ?? defaultFrequencies(this.data);
  }

  private afterEdit(): void {
    this.writeUrl();
    this.solveAndDraw(true);
  }

  private writeUrl(): void {
    replaceSearch(writeOdeUrl(new URLSearchParams(location.search), this.url, this.d));
  }

  // ---- fitting ---------------------------------------------------------------------------

  private requestFit(alpha: number): void {
    const cached = this.fits.get(alpha);
    if (cached) {
      this.onFit(cached);
      return;
    }
    const id = ++this.requestId;
    this.busy(true);
    this.$('[data-status]').textContent = this.t('ode.fitting', { alpha: alpha === 0 ? this.t('ode.alphaLs') : fmt(alpha) });
    // A busy worker is still fitting an α the reader has left: drop it rather than queue.
    if (this.worker && this.hasAttribute('data-worker-busy')) {
      this.worker.terminate();
      this.worker = null;
    }
    try {
      this.worker ??= new Worker(new URL('./fit-worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      this.busy(false);
      this.showError(e);
      return;
    }
    this.setAttribute('data-worker-busy', '');
    this.worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
      const reply = ev.data;
      if (reply.id !== this.requestId) return;
      this.removeAttribute('data-worker-busy');
      this.busy(false);
      if (!reply.ok) {
        this.showError(new Error(reply.message));
        this.$('[data-status]').textContent = '';
        return;
      }
      this.fits.set(reply.fit.alpha, reply.fit);
      if (reply.fit.alpha === this.url.alpha) this.onFit(reply.fit);
    };
    this.worker.onerror = (ev) => {
      this.removeAttribute('data-worker-busy');
      this.busy(false);
      this.showError(new Error(ev.message || 'The fitting worker failed.'));
    };
    this.worker.postMessage({ id, alpha, signals: this.data.signals });
  }

  /** Show (or clear) the refit's busy state: a spinner by the status line, the figures dimmed. */
  private busy(on: boolean): void {
    this.toggleAttribute('data-busy', on);
    this.$('[data-live]').setAttribute('aria-busy', String(on));
  }

  private onFit(fit: FitSummary): void {
    this.fit = fit;
    this.busy(false);
    this.$('[data-status]').textContent = this.t('ode.fitMeaning', { r2: r2Text(fit.r2), nz: fit.nonzeros, total: fit.total });
    // The technical account (solver, limits, timing) waits in a collapsed <details>.
    this.$('[data-how]').textContent = [
      this.t('ode.howBody', { d: fit.d, steps: this.data.signals.length - 1 }),
      // The build's fits carry no wall time; a fit made in this page does.
      fit.ms === undefined ? this.t('ode.howBuilt') : this.t('ode.howTimed', { ms: fit.ms }),
      fit.converged ? '' : this.t('ode.notConverged'),
    ]
      .filter(Boolean)
      .join(' ');
    this.solveAndDraw(true);
    this.fillEditValue();
    this.setAttribute('data-ready', '');
    this.dataset.fitAlpha = String(fit.alpha);
  }

  // ---- solving and drawing ---------------------------------------------------------------

  private editedMatrix(fit: FitSummary): Matrix {
    const A = matrixOf(fit.A, fit.d);
    for (const e of this.url.edits) A.data[(e.i - 1) * fit.d + (e.j - 1)] = e.value;
    return A;
  }

  private solveAndDraw(matrixChanged: boolean): void {
    const fit = this.fit;
    if (!fit) return;
    const error = this.$('[data-error]');
    error.hidden = true;
    try {
      const A = this.editedMatrix(fit);
      this.A = A;
      const x0 = Float64Array.from(this.data.signals[0]!);
      for (const e of this.url.x0) x0[e.k - 1] = e.value;
      if (matrixChanged) this.drawMatrix(fit, A);
      const prediction = predict(A, fit.b, x0, this.state);
      const r2Step = this.url.edits.length ? oneStepR2(A, fit.b, this.state) : fit.r2PerTarget;
      const problems: string[] = [];
      if (!prediction.euler.ok) problems.push(this.t('ode.failedEuler', { message: prediction.euler.message }));
      if (!prediction.exact.ok) problems.push(this.t('ode.failedExact', { message: prediction.exact.message }));
      if (problems.length) this.showError(new Error(problems.join(' ')));
      this.drawPanels(prediction, r2Step);
      const st = stabilitySummary(A);
      this.$('[data-stability]').textContent = st.ok
        ? this.t('ode.stability', {
            re: fmt(st.value.maxRealPart),
            cls: this.t(`ode.cls.${st.value.classification}` as OdeKey),
            rho: fmt(st.value.eulerSpectralRadius, 5),
            ecls: this.t(`ode.cls.${st.value.eulerClassification}` as OdeKey),
          })
        : this.t('ode.failed', { message: st.message });
      this.drawEdits();
    } catch (e) {
      this.showError(e);
    }
  }

  private drawMatrix(fit: FitSummary, A: Matrix): void {
    let nz = 0;
    for (const v of A.data) if (v !== 0) nz++;
    const total = A.data.length;
    const fitName = fit.alpha === 0 ? this.t('ode.fitOls') : this.t('ode.fitLasso', { alpha: fmt(fit.alpha) });
    this.$('[data-matrix-title]').textContent = this.t('ode.matrixTitleFit', { fit: fitName, nz, total, zero: Math.round((100 * (total - nz)) / total) });
    const svg = Plot.plot(
      interactionMatrixSpec(
        { A: A.data, d: fit.d, survivors: this.data.survivors, edited: this.url.edits.map(({ i, j }) => ({ i, j })) },
        {
          description: this.t('ode.matrixDesc'),
          sourceLabel: this.t('ode.source'),
          targetLabel: this.t('ode.target'),
          limit: matrixLimit(fit.A),
        },
      ),
    );
    const limit = matrixLimit(fit.A);
    this.$('[data-legend-bar]').style.background = interactionMatrixLegend(limit);
    this.$('[data-legend-min]').textContent = fmt(-limit);
    this.$('[data-legend-max]').textContent = `+${fmt(limit)}`;
    finishPlot(svg, { name: this.t('ode.matrixDesc'), prefix: 'ode-matrix' });
    // The box around it is the focusable, named control; the readout speaks for the cells.
    svg.setAttribute('aria-hidden', 'true');
    this.$('[data-matrix]').replaceChildren(svg);
    const group = svg.querySelector('g[data-mark="cell"]');
    this.cells = group ? [...group.querySelectorAll<SVGRectElement>('rect')] : [];
    this.activeCell = null;
    this.highlight();
  }

  private drawPanels(prediction: ReturnType<typeof predict>, r2Step: ArrayLike<number>): void {
    const col = (m: Matrix, k: number) => Array.from({ length: m.rows }, (_, t) => m.data[t * m.cols + k - 1]!);
    const panels = this.shown().map((k) => {
      const wrap = document.createElement('div');
      wrap.className = 'ode-panel';
      wrap.dataset.k = String(k);
      const title = document.createElement('p');
      title.className = 'ode-panel__title';
      title.textContent = `k = ${k}${this.data.survivors.includes(k) ? ' ●' : ''} · ${this.t('ode.r2Step')} ${r2Text(r2Step[k - 1]!)} · ${this.t('ode.r2Path')} ${r2Text(prediction.eulerR2[k - 1]!)}`;
      const plot = document.createElement('div');
      plot.className = 'ode-plot';
      plot.append(
        finishPlot(
          Plot.plot(
            odeFitPanelSpec(
              {
                k,
                data: col(this.state, k),
                euler: prediction.euler.ok ? col(prediction.euler.value, k) : null,
                exact: prediction.exact.ok ? col(prediction.exact.value, k) : null,
              },
              { xLabel: this.t('ode.step'), description: this.t('ode.fitDesc', { steps: this.state.rows - 1 }) },
            ),
          ),
          { name: `k = ${k}`, prefix: `ode-fit-${k}` },
        ),
      );
      wrap.append(title, plot);
      return wrap;
    });
    this.$('[data-panels]').replaceChildren(...panels);
  }

  private drawEdits(): void {
    const items = [...this.url.edits.map((e) => `A[${e.i}, ${e.j}] = ${fmt(e.value)}`), ...this.url.x0.map((e) => `S_${e.k}(0) = ${fmt(e.value)}`)];
    const list = this.$('[data-edits]');
    list.replaceChildren(
      ...(items.length ? items : [this.t('ode.noEdits')]).map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  // ---- reading and editing cells --------------------------------------------------------

  private moveCursor(i: number, j: number): void {
    this.cursor = { i, j };
    this.highlight();
    const A = this.A;
    if (!A) return;
    const v = A.data[(i - 1) * this.d + (j - 1)]!;
    const sign =
      i === j
        ? v < 0
          ? 'ode.sign.self.neg'
          : v > 0
            ? 'ode.sign.self.pos'
            : 'ode.sign.zero'
        : v > 0
          ? 'ode.sign.pos'
          : v < 0
            ? 'ode.sign.neg'
            : 'ode.sign.zero';
    this.$('[data-readout]').textContent = `${this.t('ode.cell', { i, j, v: fmt(v, 3) })} — ${this.t(sign as OdeKey, { i, j })}`;
  }

  private highlight(): void {
    if (this.activeCell) {
      this.activeCell.removeAttribute('stroke');
      this.activeCell.removeAttribute('stroke-width');
    }
    const cell = this.cells[(this.cursor.i - 1) * this.d + (this.cursor.j - 1)];
    if (cell) {
      cell.setAttribute('stroke', 'currentColor');
      cell.setAttribute('stroke-width', '2.5');
      this.activeCell = cell;
    }
  }

  private fillEditValue(): void {
    const form = this.$<HTMLFormElement>('[data-edit-form]');
    (form.elements.namedItem('i') as HTMLSelectElement).value = String(this.cursor.i);
    (form.elements.namedItem('j') as HTMLSelectElement).value = String(this.cursor.j);
    const v = this.A?.data[(this.cursor.i - 1) * this.d + (this.cursor.j - 1)];
    if (v !== undefined) (form.elements.namedItem('value') as HTMLInputElement).value = String(Number(v.toPrecision(4)));
  }

  private startEdit(): void {
    this.fillEditValue();
    const input = this.$<HTMLFormElement>('[data-edit-form]').elements.namedItem('value') as HTMLInputElement;
    input.focus();
    input.select();
  }

  // ---- messages --------------------------------------------------------------------------

  private showNotices(notices: UrlNotice[]): void {
    const box = this.$('[data-notice]');
    if (!notices.length) return;
    const p = document.createElement('p');
    p.textContent = this.t('ode.notice');
    const ul = document.createElement('ul');
    for (const n of notices) {
      const li = document.createElement('li');
      const key = n.kind === 'unknown' ? 'ode.notice.unknown' : n.action === 'clamped' ? 'ode.notice.clamped' : 'ode.notice.dropped';
      li.textContent = this.t(key, { raw: n.raw, kind: `ode.${n.kind}` });
      ul.append(li);
    }
    box.replaceChildren(p, ul);
    box.hidden = false;
  }

  private showError(e: unknown): void {
    const error = this.$('[data-error]');
    error.textContent = e instanceof Error ? e.message : String(e);
    error.hidden = false;
  }
}

if (!customElements.get('ode-circle-ode')) customElements.define('ode-circle-ode', OdeCircleOde);
