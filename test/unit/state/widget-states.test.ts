import { describe, expect, it } from 'vitest';
import { readTwoSpeciesState, writeTwoSpeciesState } from '../../../src/lib/state/two-species';
import { readDimensionState, writeDimensionState } from '../../../src/lib/state/dimension';
import { TWO_SPECIES_DEFAULTS } from '../../../src/lib/ode/two-species-model';

describe('two-species URL state', () => {
  it('reads the defaults from an empty query and writes nothing for them', () => {
    expect(readTwoSpeciesState('')).toEqual({ state: TWO_SPECIES_DEFAULTS, notices: [] });
    expect(writeTwoSpeciesState(TWO_SPECIES_DEFAULTS).toString()).toBe('');
  });
  it('round-trips changed values and keeps other namespaces', () => {
    const state = { ...TWO_SPECIES_DEFAULTS, a12: 0.8, K2: 150, y0: 7 };
    const params = writeTwoSpeciesState(state, new URLSearchParams('collab.keep=6,24'));
    expect(params.get('collab.keep')).toBe('6,24');
    expect(params.get('two.a12')).toBe('0.8');
    expect(readTwoSpeciesState(params)).toEqual({ state, notices: [] });
  });
  it('clamps, rejects and reports with the slider bounds', () => {
    const { state, notices } = readTwoSpeciesState('?two.a12=9&two.r1=abc&two.K1=101&two.zz=1');
    expect(state.a12).toBe(2.5);
    expect(state.r1).toBe(TWO_SPECIES_DEFAULTS.r1);
    expect(state.K1).toBe(100);
    expect(notices.map((n) => `${n.key}:${n.kind}`)).toEqual(['a12:clamped', 'r1:rejected', 'K1:adjusted', 'zz:unknown']);
  });
});

describe('dimension URL state', () => {
  const widths = [2, 4, 8, 16, 32, 48, 64, 96, 128, 256];
  it('defaults to d = 128 and snaps a width between two sweep widths to the nearest', () => {
    expect(readDimensionState(widths, '')).toEqual({ d: 128, notices: [] });
    expect(readDimensionState(widths, '?dim.d=32').d).toBe(32);
    const snapped = readDimensionState(widths, '?dim.d=100');
    expect(snapped.d).toBe(96);
    expect(snapped.notices).toEqual([{ key: 'd', kind: 'clamped', raw: '100', value: '96' }]);
    expect(readDimensionState(widths, '?dim.d=x').notices[0]!.kind).toBe('rejected');
  });
  it('writes the chosen width and leaves the default out', () => {
    expect(writeDimensionState(widths, 32).toString()).toBe('dim.d=32');
    expect(writeDimensionState(widths, 128).toString()).toBe('');
  });
});
