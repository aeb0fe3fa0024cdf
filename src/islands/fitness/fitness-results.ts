/**
 * The fitness widget's results as text: one sentence per condition (how often k survived) and a
 * table with a row per finished run.
 */
import { tallies, type RunOutcome } from './outcome';
import { ftx } from './i18n';
import { tallyText } from './view';
import type { Lang } from '../../i18n/languages';

const fmtG = (g: number) => g.toExponential(2);

export function renderResults(root: HTMLElement, lang: Lang, k: number, outcomes: readonly RunOutcome[]): void {
  const $ = (sel: string) => {
    const el = root.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`the fitness widget has no ${sel}`);
    return el;
  };
  const ts = tallies([...outcomes]);
  $('[data-tallies]').replaceChildren(
    ...(ts.length ? ts.map((t) => tallyText(lang, k, t)) : [ftx(lang, 'fit.none')]).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
  $('[data-rows]').replaceChildren(
    ...[...outcomes]
      // In the plan's order: seed by seed, the nudged run above its twin.
      .sort((a, b) => a.seed - b.seed || Number(a.control) - Number(b.control) || a.alpha - b.alpha)
      .map((o) => {
        const tr = document.createElement('tr');
        const fk = o.frequencies.find((f) => f.k === o.k);
        const fate = ftx(lang, o.survived ? 'fit.yes' : 'fit.no');
        const cells = [
          String(o.seed),
          String(o.alpha),
          fate,
          fk ? fk.s0.toFixed(2) : '–',
          o.kSignal.toFixed(2),
          fk ? fmtG(fk.g) : '–',
          o.circles.join(', ') || '–',
        ];
        for (const [j, text] of cells.entries()) {
          const cell = document.createElement(j === 0 ? 'th' : 'td');
          if (j === 0) cell.setAttribute('scope', 'row');
          cell.textContent = text;
          tr.append(cell);
        }
        tr.dataset.survived = String(o.survived);
        return tr;
      }),
  );
  $('[data-table-wrap]').hidden = !outcomes.length;
  root.dataset.runs = String(outcomes.length);
}
