/** The two-species widget's sentences, shared by the build and the page. */
import { fmt, odeT, type OdeKey } from '../../i18n/ode';
import type { TwoSpeciesData } from '../../lib/ode/two-species-model';
import type { Lang } from '../../i18n/languages';

/** One sentence: which of the four textbook outcomes the coefficients give, and why. */
export function verdictText(lang: Lang, data: TwoSpeciesData): string {
  const { a12, a21, K1, K2 } = data.input;
  return odeT(lang, `two.outcome.${data.outcome}` as OdeKey, {
    a12: fmt(a12),
    a21: fmt(a21),
    k12: fmt(K1 / K2),
    k21: fmt(K2 / K1),
  });
}

/** Which species are left at the end of the trajectory from the chosen start. */
export function presentText(lang: Lang, data: TwoSpeciesData): string {
  if (data.status !== 'ok') return odeT(lang, 'two.solverProblem', { message: data.message });
  const { x, y } = data.present;
  return odeT(lang, x && y ? 'two.present.both' : x ? 'two.present.x' : y ? 'two.present.y' : 'two.present.none');
}
