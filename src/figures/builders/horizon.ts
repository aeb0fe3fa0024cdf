/**
 * The horizon figure: are the designs' 3,000 steps enough? The perturbation runs trained on to the
 * authors' 30,000 steps (manifest.ts, horizon), read at every logged step.
 */
import { narrowSize, renderCharts } from '../render';
import { loadExperiment } from '../analyses/load';
import { finalShareByStep } from '../analyses/horizon';
import { measure } from '../analyses/claims';
import { SETTLED_TARGET } from '../analyses/claim-stats';
import { horizonSpec } from '../specs/horizon';
import { DESIGN_STEPS, HORIZON_LOG, HORIZON_STEPS } from '../../reference/manifest';
import type { BuiltFigure } from './types';
import { int, notComputed, pct, runsSentence } from './common';
import { quoteClaim } from './quote';
import { horizonStrings } from './strings/horizon';
import type { Lang } from '../../i18n/languages';

export async function horizonFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('horizon');
  const steps = { design: int(DESIGN_STEPS), horizon: int(HORIZON_STEPS) };
  const head = horizonStrings(lang, 'head', steps);
  if (!runs.length) return notComputed(lang, head, planned);
  const m = await measure();
  const points = finalShareByStep(runs);
  const quote = quoteClaim(lang, 'horizon', m.stats);
  const { lost, gained, lastChange } = m.horizon;
  const late = lastChange !== null ? horizonStrings(lang, 'late', { ...steps, lost, gained, last: int(lastChange) }) : horizonStrings(lang, 'late.none', steps);
  const description = horizonStrings(lang, 'description', { ...steps, runs: runs.length, target: pct(SETTLED_TARGET), atDesign: quote });
  const cadence = { dense: int(HORIZON_LOG.thenEvery), sparse: int(HORIZON_LOG.sparseAfter.every) };
  const caption = horizonStrings(lang, 'caption', { ...steps, ...cadence, head, quote, late, runs: runsSentence(lang, runs.length, planned) });
  return {
    ...renderCharts((w) =>
      horizonSpec(points, {
        lang,
        description,
        ...narrowSize(w),
        designSteps: DESIGN_STEPS,
        designLabel: horizonStrings(lang, 'design', steps),
        target: SETTLED_TARGET,
        targetLabel: horizonStrings(lang, 'target', { target: pct(SETTLED_TARGET) }),
      }),
    ),
    caption,
    description,
    runs: runs.length,
    planned,
    table: {
      columns: ['step', 'runs at their final set', 'runs', 'share', 'lo', 'hi'],
      rows: points.map((q) => [q.step, q.final, q.runs, q.share, q.lo, q.hi]),
    },
  };
}
