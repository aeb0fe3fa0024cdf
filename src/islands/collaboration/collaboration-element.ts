/**
 * <fittest-collaboration>: loads the trained model when the widget nears the viewport (or on the
 * first click), then re-evaluates the network on every change of the kept circles. The model is
 * our reference run, or one of the reader's: the lab's latest run saved in this browser, or a
 * run file they load. The choice lives in the URL (`collab.keep=…`, `collab.model=lab`),
 * validated, with a visible notice for anything ignored.
 */
import { evaluateKept, type CollaborationPayload } from './model';
import { readCollaborationState, writeCollaborationState } from '../../lib/state/collaboration';
import { replaceSearch } from '../../lib/state/url-writer';
import { MAX_RUN_FILE_BYTES, payloadFromRun, readRunFile } from './reader-model';
import { loadLastRun, type LastRun } from '../training/last-run';
import { ct, type CollabKey } from './i18n';
import { accuracyMeter, formatAcc, formatLoss, lossMeter, paintMeter } from './meter';
import { circleCount } from '../../lib/fourier';
import { type Lang, langOr } from '../../i18n/languages';
import type { TemplateVars } from '../../i18n/strings';

type Json = Omit<CollaborationPayload, 'params'> & { params: Record<string, unknown> & { p: number; d: number; hidden: number } };
type ModelKey = 'ref' | 'lab' | 'file';

const PARAM_KEYS = ['embedding', 'w0', 'b0', 'w1', 'b1', 'w2', 'b2'] as const;

interface Model {
  payload: CollaborationPayload;
  /** The source line under the readout. */
  source: () => string;
}

class CollaborationElement extends HTMLElement {
  /** The model the boxes refer to now (null until the reference has loaded, when it is the reference). */
  private payload: CollaborationPayload | null = null;
  private current: ModelKey = 'ref';
  private models = new Map<ModelKey, Model>();
  private loading: Promise<CollaborationPayload> | null = null;
  private pending = 0;
  private lastRun: LastRun | null = null;

  private get language(): Lang {
    return langOr(this.dataset.lang);
  }

  private t(key: CollabKey, vars?: TemplateVars): string {
    return ct(this.language, key, vars);
  }

  private boxes(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('[data-grid] input[type=checkbox]'));
  }

  private radio(key: ModelKey): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`[data-model-controls] input[type=radio][value="${key}"]`)!;
  }

  connectedCallback(): void {
    this.dataset.live = '';
    const params = new URL(location.href).searchParams;
    this.lastRun = loadLastRun();
    if (this.lastRun) {
      const { config, step } = this.lastRun;
      this.radio('lab').disabled = false;
      this.querySelector('[data-model-label="lab"]')!.textContent = this.t('collab.model.lab', { seed: config.seed, p: config.p, d: config.d, step });
      this.models.set('lab', this.labModel(this.lastRun));
    }
    // Which model the link asks for; anything unknown or unavailable falls back to the reference.
    const link = readCollaborationState(1, [], params); // only its model matters here: keep is read per model below
    const model = link.state.model;
    const asked = link.notices.find((n) => n.key === 'model');
    if (model === 'lab' && this.lastRun) this.current = 'lab';
    else if (model === 'lab') this.notice(this.t('collab.noLabRun'));
    else if (asked) this.notice(this.t('collab.badModel', { raw: asked.raw }));

    if (this.current === 'lab')
      this.show(
        'lab',
        parseKeepFor(params, this.models.get('lab')!.payload, (n) => this.keepNotice(n)),
      );
    else {
      const half = Number(this.dataset.half);
      const fallback = (this.dataset.default ?? '').split(',').filter(Boolean).map(Number);
      this.setChecked(keepOf(params, half, fallback, (n) => this.keepNotice(n)));
    }
    this.querySelector<HTMLFieldSetElement>('[data-controls]')!.disabled = false;
    this.querySelector<HTMLFieldSetElement>('[data-model-controls]')!.disabled = false;
    this.addEventListener('change', (e) => {
      const el = e.target as HTMLInputElement;
      if (el.type === 'radio' && el.closest('[data-model-controls]')) void this.choose(el.value as ModelKey);
      else if (el.type === 'file') void this.loadFile(el);
      else if (el.type === 'checkbox') this.changed();
    });
    this.addEventListener('click', (e) => {
      const preset = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-preset]')?.dataset.preset;
      if (!preset) return;
      void this.model().then((payload) => {
        const circles = payload.circles;
        const half = circleCount(payload.params.p);
        const all = Array.from({ length: half }, (_, i) => i + 1);
        this.setChecked(preset === 'survivors' ? circles : preset === 'strongest' ? circles.slice(0, 1) : preset === 'none' ? [] : all);
        this.changed();
      });
    });
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((en) => en.isIntersecting)) {
          io.disconnect();
          void this.model().then(() => this.render());
        }
      },
      { rootMargin: '400px' },
    );
    io.observe(this);
  }

  // -------------------------------------------------------------------------------------------
  // Models

  private labModel(run: LastRun): Model {
    const { seed, p, d } = run.config;
    return { payload: payloadFromRun(run, 'lab'), source: () => this.t('collab.sourceLab', { seed, step: run.step, p, d }) };
  }

  private loadReference(): Promise<CollaborationPayload> {
    this.loading ??= fetch(this.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Json>;
      })
      .then((j) => {
        const params = { p: j.params.p, d: j.params.d, hidden: j.params.hidden } as CollaborationPayload['params'];
        for (const k of PARAM_KEYS) (params as unknown as Record<string, Float64Array>)[k] = Float64Array.from(j.params[k] as number[]);
        const payload = { ...j, params };
        this.models.set('ref', {
          payload,
          source: () => this.t('collab.source', { source: payload.source, step: payload.step, p: params.p, d: params.d }),
        });
        return payload;
      });
    return this.loading;
  }

  /** The current model, loading the reference when that is the one. */
  private async model(): Promise<CollaborationPayload> {
    if (this.current === 'ref') this.payload = await this.loadReference();
    else this.payload = this.models.get(this.current)!.payload;
    return this.payload;
  }

  private async choose(key: ModelKey): Promise<void> {
    if (key === 'ref') await this.loadReference();
    if (!this.models.has(key)) return;
    this.show(key, this.models.get(key)!.payload.circles);
    this.changed();
  }

  /** Make `key` the current model: rebuild the boxes for its p, tick `keep`, update the source line. */
  private show(key: ModelKey, keep: readonly number[]): void {
    const m = this.models.get(key)!;
    this.current = key;
    this.payload = m.payload;
    this.radio(key).checked = true;
    this.buildGrid(m.payload);
    this.setChecked(keep);
    const p = m.payload.params.p;
    this.querySelector('[data-source]')!.textContent = `${m.source()} ${this.t('collab.chance', { chance: Math.log(p).toFixed(2) })}`;
  }

  private async loadFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_RUN_FILE_BYTES) {
      this.notice(this.t('collab.badFile.size'));
      return;
    }
    const result = readRunFile(await file.text());
    if (!result.ok) {
      this.notice(this.t(`collab.badFile.${result.reason}`));
      return;
    }
    const { run } = result;
    const name = file.name.slice(0, 60);
    const { p, d } = run.config;
    this.models.set('file', { payload: payloadFromRun(run, name), source: () => this.t('collab.sourceFile', { name, step: run.step, p, d }) });
    const choice = this.querySelector<HTMLElement>('[data-file-choice]')!;
    choice.hidden = false;
    this.radio('file').disabled = false;
    this.querySelector('[data-model-label="file"]')!.textContent = this.t('collab.model.file', { name, p, d, step: run.step });
    await this.choose('file');
  }

  // -------------------------------------------------------------------------------------------
  // Boxes, URL, readout

  private buildGrid(payload: CollaborationPayload): void {
    const grid = this.querySelector('[data-grid]')!;
    const name = this.boxes()[0]?.name ?? 'collab-k';
    const half = circleCount(payload.params.p);
    const labels: HTMLLabelElement[] = [];
    for (let k = 1; k <= half; k++) {
      const survivor = payload.circles.includes(k);
      const label = document.createElement('label');
      label.className = survivor ? 'collab__k collab__k--survivor' : 'collab__k';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = String(k);
      const span = document.createElement('span');
      span.textContent = `k = ${k}`;
      const small = document.createElement('small');
      small.textContent = this.t('collab.signal', { s: (payload.signals[k] ?? 0).toFixed(1) });
      if (survivor) {
        const badge = document.createElement('span');
        badge.className = 'collab__badge';
        badge.textContent = this.t('collab.survivor');
        small.append(' ', badge);
      }
      label.append(box, span, small);
      labels.push(label);
    }
    grid.replaceChildren(...labels);
  }

  private notice(text: string): void {
    const li = document.createElement('li');
    li.textContent = text;
    this.querySelector('[data-notices]')!.append(li);
  }

  private keepNotice(n: { raw: string; half: number }): void {
    this.notice(this.t('collab.notice', { raw: n.raw, half: n.half }));
  }

  private setChecked(keep: readonly number[]): void {
    for (const b of this.boxes()) b.checked = keep.includes(Number(b.value));
  }

  private kept(): number[] {
    return this.boxes()
      .filter((b) => b.checked)
      .map((b) => Number(b.value));
  }

  private changed(): void {
    const keep = this.kept();
    // A file cannot travel in a link: only the lab's saved run is named there.
    replaceSearch(writeCollaborationState({ keep, model: this.current === 'lab' ? 'lab' : 'ref' }, new URLSearchParams(location.search)));
    const ticket = ++this.pending;
    void this.model().then(() => {
      // Coalesce rapid clicks: only the latest choice is evaluated, after the browser has painted.
      requestAnimationFrame(() => {
        if (ticket === this.pending) this.render();
      });
    });
  }

  private render(): void {
    if (!this.payload) return;
    const keep = this.kept();
    const r = evaluateKept(this.payload, keep);
    this.querySelector('[data-result]')!.textContent = this.t('collab.result', { n: r.n, loss: formatLoss(r.loss), acc: formatAcc(r.accuracy) });
    const p = this.payload.params.p;
    paintMeter(this.querySelector('[data-meter="acc"]')!, accuracyMeter(this.language, r.accuracy, p));
    paintMeter(this.querySelector('[data-meter="loss"]')!, lossMeter(this.language, r.loss, p));
    this.querySelector('[data-kept]')!.textContent = keep.length ? this.t('collab.kept', { list: keep.join(', ') }) : this.t('collab.keptNone');
    this.dataset.loss = String(r.loss);
    this.dataset.model = this.current;
  }
}

/** The kept circles of a link for a model of the reader's (its own p bounds the list). */
function parseKeepFor(params: URLSearchParams, payload: CollaborationPayload, onNotice: (n: { raw: string; half: number }) => void): number[] {
  return keepOf(params, circleCount(payload.params.p), payload.circles, onNotice);
}

/** The link's kept circles for a model with frequencies 1..half (its survivors when the link names none). */
function keepOf(params: URLSearchParams, half: number, survivors: readonly number[], onNotice: (n: { raw: string; half: number }) => void): number[] {
  const { state, notices } = readCollaborationState(half, survivors, params);
  for (const n of notices) if (n.key === 'keep') onNotice({ raw: n.raw, half });
  return state.keep;
}

if (!customElements.get('fittest-collaboration')) customElements.define('fittest-collaboration', CollaborationElement);
