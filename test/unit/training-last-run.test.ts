// The lab's "last run" in localStorage: what saveLastRun writes loadLastRun reads back; corrupt,
// foreign or partial values read as null; a full or forbidden storage never throws.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../src/lib/config';
import { initialParams, paramsToTorch } from '../../src/lib/params';
import { LAST_RUN_KEY, loadLastRun, saveLastRun, validateLastRun, type KeyValueStore } from '../../src/islands/training/last-run';

class FakeStorage implements KeyValueStore {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (v.length > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
}

const config = makeConfig({ p: 7, d: 4, hidden: 5, steps: 100, seed: 3 });
const run = { config, step: 40, finalParameters: paramsToTorch(initialParams(config)), circles: [2, 3] };

describe('lab last run (localStorage)', () => {
  it('round-trips under the documented key', () => {
    const store = new FakeStorage();
    expect(saveLastRun(run, store)).toBe(true);
    expect([...store.data.keys()]).toEqual([LAST_RUN_KEY]);
    const back = loadLastRun(store)!;
    expect(back).not.toBeNull();
    expect(back.config).toEqual(config);
    expect(back.step).toBe(40);
    expect(back.circles).toEqual([2, 3]);
    expect(back.finalParameters).toEqual(run.finalParameters);
    expect(back.finalParameters['linears.0.weight']).toHaveLength(5);
    expect((back.finalParameters['linears.0.weight'] as number[][])[0]).toHaveLength(8);
    expect(Number.isNaN(Date.parse(back.savedAt))).toBe(false);
  });

  it('returns null for nothing, non-JSON, another version, wrong shapes, non-finite numbers or a missing config', () => {
    const store = new FakeStorage();
    expect(loadLastRun(store)).toBeNull();
    store.setItem(LAST_RUN_KEY, '{not json');
    expect(loadLastRun(store)).toBeNull();
    saveLastRun(run, store);
    const good = JSON.parse(store.getItem(LAST_RUN_KEY)!);
    const bad = (edit: (x: any) => void) => {
      const x = structuredClone(good);
      edit(x);
      return validateLastRun(x);
    };
    expect(bad(() => {})).not.toBeNull();
    expect(bad((x) => (x.version = 2))).toBeNull();
    expect(bad((x) => delete x.config)).toBeNull();
    expect(bad((x) => delete x.config.p)).toBeNull();
    expect(bad((x) => (x.config.p = 'seven'))).toBeNull();
    expect(bad((x) => (x.step = 1e9))).toBeNull();
    expect(bad((x) => (x.step = -1))).toBeNull();
    expect(bad((x) => x.finalParameters.embedding.pop())).toBeNull();
    expect(bad((x) => (x.finalParameters['linears.1.bias'][0] = null))).toBeNull();
    expect(bad((x) => (x.finalParameters['linears.2.weight'][1] = [1, 2]))).toBeNull();
    expect(bad((x) => delete x.finalParameters['linears.2.bias'])).toBeNull();
    expect(bad((x) => (x.circles = [0]))).toBeNull();
    expect(bad((x) => (x.circles = [4]))).toBeNull(); // > (p − 1)/2
    expect(validateLastRun(null)).toBeNull();
    expect(validateLastRun('string')).toBeNull();
  });

  it('never throws: full storage, forbidden storage, no storage', () => {
    expect(saveLastRun(run, new FakeStorage(10))).toBe(false);
    const forbidden: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(saveLastRun(run, forbidden)).toBe(false);
    expect(loadLastRun(forbidden)).toBeNull();
    expect(saveLastRun(run, null)).toBe(false);
    expect(loadLastRun(null)).toBeNull();
  });
});
