/** Build-time: the dimension sweep's runs grouped by d, for the dimension widget (Node only). */
import { loadExperiment } from '../analyses/load';

export interface DimensionRun {
  seed: number;
  circles: number[];
}

export interface DimensionGroup {
  d: number;
  runs: DimensionRun[];
  mean: number;
}

export function dimensionGroups(): { groups: DimensionGroup[]; planned: number } {
  const { runs, planned } = loadExperiment('dimension');
  const byD = new Map<number, DimensionRun[]>();
  for (const r of runs) {
    const list = byD.get(r.config.d) ?? [];
    list.push({ seed: r.config.seed, circles: r.circles });
    byD.set(r.config.d, list);
  }
  const groups = [...byD.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([d, list]) => {
      list.sort((a, b) => a.seed - b.seed);
      return { d, runs: list, mean: list.reduce((s, r) => s + r.circles.length, 0) / list.length };
    });
  return { groups, planned };
}
