/**
 * What each of the lab's buttons, presets and fields does, in terms of the lab's commands: the
 * run controls, pinning, the reader's opt-in to the slow CPU engine, the files and the link.
 */
import { labConfig, LAB_PRESETS, type LabState } from '../../lib/state/lab';
import type { Notice } from '../../lib/state/schema';
import type { LabKey } from './i18n';
import type { LabCompare } from './lab-compare';
import type { LabDom } from './lab-dom';
import type { LabDrawing } from './lab-drawing';
import { exportFigure, exportRun, fileStem } from './lab-exports';
import type { LabInputs } from './lab-input';
import { editedState, writeUrl } from './lab-settings';
import type { RunData } from './run-data';

/** The lab's state and commands, as its element lends them. */
export interface LabCommands {
  dom: LabDom;
  compare: LabCompare;
  drawing: LabDrawing;
  state(): LabState;
  run(): RunData | null;
  setState(next: LabState, notices?: Notice[]): void;
  go(target: number, untilAcc?: number | null): void;
  /** Train to the step a shared link points at. */
  trainShared(): void;
  toggle(): void;
  step(n: number): void;
  reset(): void;
  visibility(hidden: boolean, offscreen: boolean): void;
  warm(): void;
  pagehide(): void;
  pageshow(): void;
}

export function labInputs(lab: LabCommands): LabInputs {
  const { dom, compare, drawing } = lab;
  return {
    action: (name) => action(lab, name),
    preset: (id) => {
      const preset = LAB_PRESETS.find((p) => p.id === id);
      if (preset) lab.setState({ ...lab.state(), ...preset.values, step: 0 });
    },
    field: (el) => {
      const edited = editedState(dom, el, lab.state());
      if (edited) lab.setState(edited.state, edited.notices);
    },
    scrub: () => compare.draw(lab.run()),
    tableOpened: (id) => drawing.drawTable(id),
    toggle: () => lab.toggle(),
    step: (n) => lab.step(n),
    reset: () => lab.reset(),
    visibility: (hidden, offscreen) => lab.visibility(hidden, offscreen),
    near: () => lab.warm(),
    pagehide: () => lab.pagehide(),
    pageshow: () => lab.pageshow(),
    resized: () => drawing.schedule(true),
  };
}

function action(lab: LabCommands, name: string): void {
  const { dom, compare, drawing } = lab;
  const run = lab.run();
  switch (name) {
    case 'toggle':
      return lab.toggle();
    case 'step1':
      return lab.step(1);
    case 'step10':
      return lab.step(10);
    case 'reset':
      return lab.reset();
    case 'run-to': {
      const v = Number(dom.byRole<HTMLInputElement>('run-to').value);
      if (Number.isFinite(v) && v > 0) lab.go(v);
      return;
    }
    case 'train-shared':
      return lab.trainShared();
    case 'use-small': {
      const small = LAB_PRESETS.find((p) => p.id === 'small');
      if (small) lab.setState({ ...lab.state(), ...small.values, step: 0 });
      return;
    }
    case 'until':
      return lab.go(run?.config.steps ?? lab.state().steps, lab.state().until);
    case 'pin':
      if (!run || run.step === 0) return;
      compare.pin(run);
      compare.update(run);
      return drawing.schedule(true);
    case 'unpin':
      compare.unpin();
      compare.update(run);
      return drawing.schedule(true);
    case 'copy-link':
      return void copyLink(lab);
    case 'use-cpu':
      // The reader chose the slow engine knowingly.
      dom.button('use-cpu').hidden = true;
      dom.byRole('fallback').hidden = true;
      dom.byRole('live').hidden = false;
      delete dom.root.dataset.offReason;
      lab.setState({ ...lab.state(), backend: 'cpu', step: 0 });
      return;
    case 'json':
    case 'csv':
      if (run) exportRun(run, name);
      return;
    case 'svg':
    case 'png':
      return void saveFigure(lab, name);
  }
}

async function saveFigure(lab: LabCommands, kind: 'svg' | 'png'): Promise<void> {
  const id = lab.dom.byRole<HTMLSelectElement>('figure-choice').value;
  const run = lab.run();
  const stem = fileStem(run?.config ?? labConfig(lab.state()), run?.step ?? 0);
  try {
    await exportFigure(lab.dom.plot(id), id, stem, kind);
  } catch (err) {
    lab.dom.setStatus(String((err as Error).message));
  }
}

/** Copy a link that reopens this lab with these settings at this step. */
async function copyLink(lab: LabCommands): Promise<void> {
  const href = writeUrl({ ...lab.state(), step: lab.run()?.step ?? 0 });
  lab.dom.root.dataset.link = href;
  let key: LabKey = 'status.copied';
  try {
    await navigator.clipboard.writeText(href);
  } catch {
    key = 'status.copyFailed';
  }
  lab.dom.announce(lab.dom.t(key));
  lab.dom.setStatus(lab.dom.t(key));
}
