// A reader's own model for the collaboration widget: run files are validated before use, and a
// valid one gives the same evaluation as the reference payload built from the same parameters.
import { describe, expect, it } from 'vitest';
import { payloadFromRun, readRunFile } from '../../../src/islands/collaboration/reader-model';
import { evaluateKept } from '../../../src/islands/collaboration/model';
import { collaborationPayload } from '../../../src/figures/data/collaboration';
import { readCached } from '../../../src/reference/cache';
import { hero } from '../../../src/reference/manifest';
import { makeConfig } from '../../../src/lib/config';
import { initialParams, paramsToTorch } from '../../../src/lib/params';

describe('reader model for the collaboration widget', () => {
  it('refuses what is not a run file with final parameters of the config’s shape', () => {
    expect(readRunFile('{not json')).toEqual({ ok: false, reason: 'json' });
    expect(readRunFile('42')).toEqual({ ok: false, reason: 'json' });
    expect(readRunFile(JSON.stringify({ config: { p: 13 } }))).toEqual({ ok: false, reason: 'parameters' });
    const config = makeConfig({ p: 13, d: 8, steps: 10 });
    const params = paramsToTorch(initialParams(config));
    expect(readRunFile(JSON.stringify({ config: { ...config, d: 9 }, finalParameters: params })).ok).toBe(false);
    const broken = { ...params, 'linears.2.bias': [1, 2, 3] };
    expect(readRunFile(JSON.stringify({ config, finalParameters: broken }))).toEqual({ ok: false, reason: 'shape' });
    const ok = readRunFile(JSON.stringify({ config, steps: [0, 5, 10], finalParameters: params }));
    expect(ok.ok && ok.run.step).toBe(10);
  });

  it('the hero run, read as a run file, matches the reference payload: circles and loss', () => {
    const run = readCached(hero);
    expect(run?.finalParameters, 'the hero run is not cached: run npm run reference').toBeTruthy();
    const file = readRunFile(JSON.stringify({ config: run!.config, steps: run!.steps, finalParameters: run!.finalParameters }));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const mine = payloadFromRun(file.run, 'hero.json');
    const ref = collaborationPayload()!;
    expect(mine.step).toBe(ref.step);
    expect(mine.circles).toEqual(ref.circles);
    for (const keep of [ref.circles, ref.circles.slice(0, 1), []]) {
      expect(evaluateKept(mine, keep).loss).toBeCloseTo(evaluateKept(ref, keep).loss, 10);
    }
  });
});
