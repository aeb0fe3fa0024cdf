import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, makeConfig, parameterCount, partSeeds } from '../../src/lib/config';

describe('config', () => {
  it('defaults to the paper (p = 59, d = 128, AdamW lr 0.01, wd 0.5, betas 0.9/0.999, eps 1e-8, 80/20)', () => {
    const c = makeConfig();
    expect(c).toMatchObject({ p: 59, d: 128, hidden: 100, lr: 0.01, weightDecay: 0.5, beta1: 0.9, beta2: 0.999, eps: 1e-8, trainFraction: 0.8 });
    expect(parameterCount(c)).toBe(49_311); // paper.md §2
  });

  const bad: [Record<string, unknown>, string][] = [
    [{ p: 2 }, 'p'],
    [{ p: 59.5 }, 'p'],
    [{ p: Number.NaN }, 'p'],
    [{ d: 0 }, 'd'],
    [{ lr: Number.POSITIVE_INFINITY }, 'lr'],
    [{ lr: -1 }, 'lr'],
    [{ lr: Number.NaN }, 'lr'],
    [{ weightDecay: -0.1 }, 'weightDecay'],
    [{ steps: -1 }, 'steps'],
    [{ steps: 1.5 }, 'steps'],
    [{ trainFraction: 0 }, 'trainFraction'],
    [{ trainFraction: 1 }, 'trainFraction'],
    [{ trainFraction: 1.2 }, 'trainFraction'],
    [{ seed: 0.5 }, 'seed'],
    [{ mode: 'fix-everything' }, 'mode'],
    [{ beta1: 1 }, 'beta1'],
    [{ eps: 0 }, 'eps'],
    [{ scaleFrequencies: [{ k: 0, alpha: 1 }] }, 'scaleFrequencies[0].k'],
    [{ scaleFrequencies: [{ k: 3, alpha: Number.NaN }] }, 'scaleFrequencies[0].alpha'],
    [{ keepFrequencies: [59] }, 'keepFrequencies[0]'],
  ];
  it.each(bad)('rejects %j naming the field %s', (partial, field) => {
    let err: unknown;
    try {
      makeConfig(partial as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).field).toBe(field);
    expect((err as Error).message).toContain(field);
  });

  it('maps run modes to part seeds as the authors’ code does', () => {
    const base = { seed: 5, initSeed: 9 };
    expect(partSeeds({ ...base, mode: 'default' })).toEqual({ embedding: 5, mlp: 5, split: 5 });
    expect(partSeeds({ ...base, mode: 'fix-embedding' })).toEqual({ embedding: 9, mlp: 5, split: 5 });
    expect(partSeeds({ ...base, mode: 'fix-mlp' })).toEqual({ embedding: 5, mlp: 9, split: 9 });
    expect(partSeeds({ ...base, mode: 'fix-dataset' })).toEqual({ embedding: 5, mlp: 5, split: 9 });
  });

  it('does not share arrays with the defaults', () => {
    const c = makeConfig({ scaleFrequencies: [{ k: 1, alpha: 2 }] });
    c.scaleFrequencies.push({ k: 2, alpha: 3 });
    expect(DEFAULT_CONFIG.scaleFrequencies).toEqual([]);
  });
});
