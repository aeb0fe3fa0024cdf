/**
 * /data/hero-signals.json — the circles' ODE widget's data: the hero reference run's signals of
 * frequencies 1..29 at steps 0..1000 (or the golden fixture while the run is not cached; the
 * `source` field says which). Written once at build time from the reference cache.
 */
import type { APIRoute } from 'astro';
import { staticAnalysis } from '../../figures/data/ode-analysis';
import type { CircleOdePayload, FitSummary } from '../../lib/ode/circle-ode-model';

/**
 * 6 significant digits: far finer than any plot or readout, and a third of the bytes. The fit's
 * wall time is left out: the widget says these were fitted at build time, and a clock reading
 * would make every build's output differ.
 */
const compact = ({ ms: _wallTime, ...fit }: FitSummary): FitSummary => ({
  ...fit,
  A: fit.A.map((v) => Number(v.toPrecision(6))),
  b: fit.b.map((v) => Number(v.toPrecision(6))),
});

export const GET: APIRoute = () => {
  const { data, lasso, ols } = staticAnalysis();
  // The build already fitted α = 0.01 (the authors' setting) and α = 0: ship them so the widget
  // opens without waiting for coordinate descent; other α are fitted in the browser's worker.
  const payload: CircleOdePayload = { ...data, fits: [compact(lasso.fit), compact(ols.fit)] };
  return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
