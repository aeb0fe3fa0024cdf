/**
 * The collaboration readout drawn as two bars: accuracy on all p² pairs against chance (1/p, a
 * guess), and loss against the loss of a uniform guess (ln p). Pure: the build renders the default
 * choice with it and the page updates the same markup. Each bar carries its own text alternative.
 */
import { ct } from './i18n';
import type { Lang } from '../../i18n/languages';

export interface Meter {
  /** Filled share of the track, 0–100 (%). */
  fill: number;
  /** Where the chance mark sits on the track, 0–100 (%). */
  chance: number;
  /** The value as shown beside the bar. */
  value: string;
  /** The chance level as shown under the bar (a phrase). */
  chanceText: string;
  /** The bar's text alternative. */
  label: string;
}

export const formatLoss = (x: number): string => (x < 1e-3 ? x.toExponential(2) : x.toPrecision(3));
export const formatAcc = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function accuracyMeter(lang: Lang, accuracy: number, p: number): Meter {
  const value = formatAcc(accuracy);
  const chance = formatAcc(1 / p);
  const chanceText = ct(lang, 'collab.meter.accChance', { chance });
  return { fill: 100 * accuracy, chance: 100 / p, value, chanceText, label: ct(lang, 'collab.meter.accLabel', { value, chance, p }) };
}

/** Loss on a linear track from 0 to the larger of the loss and ln p (a loss above chance fills it). */
export function lossMeter(lang: Lang, loss: number, p: number): Meter {
  const chance = Math.log(p);
  const top = Math.max(chance, loss);
  const value = formatLoss(loss);
  const chanceText = ct(lang, 'collab.meter.lossChance', { chance: chance.toFixed(2) });
  return {
    fill: (100 * loss) / top,
    chance: (100 * chance) / top,
    value,
    chanceText,
    label: ct(lang, 'collab.meter.lossLabel', { value, chance: chance.toFixed(2) }),
  };
}

/** Put a meter into its markup (the elements the build rendered). */
export function paintMeter(root: Element, m: Meter): void {
  root.setAttribute('aria-label', m.label);
  (root.querySelector('[data-fill]') as HTMLElement).style.width = `${Math.min(100, Math.max(0, m.fill)).toFixed(2)}%`;
  (root.querySelector('[data-chance]') as HTMLElement).style.left = `${Math.min(100, Math.max(0, m.chance)).toFixed(2)}%`;
  root.querySelector('[data-value]')!.textContent = m.value;
  root.querySelector('[data-chance-text]')!.textContent = m.chanceText;
}
