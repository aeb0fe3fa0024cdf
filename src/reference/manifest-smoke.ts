/**
 * A tiny manifest that goes through exactly the same pipeline as the site's (`--manifest smoke`):
 * small moduli, d = 8, 40–120 steps, so a test can compute it several times over (one process, then
 * as shards of a batch engine, then merged) in seconds. Its runs are never committed to the cache.
 */
import type { RunSpec } from './spec';

const SMOKE_LOG = { everyStepUntil: 5, thenEvery: 10 };

/** Step counts differ on purpose, so that balancing shards by steps is exercised. */
const SMOKE_RUNS: { p: number; seed: number; steps: number }[] = [
  { p: 11, seed: 0, steps: 120 },
  { p: 11, seed: 1, steps: 40 },
  { p: 13, seed: 0, steps: 100 },
  { p: 13, seed: 1, steps: 60 },
  { p: 11, seed: 2, steps: 80 },
  { p: 13, seed: 2, steps: 50 },
  { p: 11, seed: 3, steps: 90 },
  { p: 13, seed: 3, steps: 70 },
];

export const SMOKE_MANIFEST: RunSpec[] = SMOKE_RUNS.map(({ p, seed, steps }) => ({
  id: `smoke/p${p}-s${seed}`,
  experiment: 'dimension' as const,
  config: { p, d: 8, hidden: 16, seed, steps },
  log: SMOKE_LOG,
  labels: { p, seed },
  tier: 1 as const,
}));
