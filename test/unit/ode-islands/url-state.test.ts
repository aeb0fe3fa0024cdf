import { describe, expect, it } from 'vitest';
import { parseOdeUrl, writeOdeUrl, DEFAULT_ALPHA } from '../../../src/islands/ode/url-state';

const parse = (q: string) => parseOdeUrl(new URLSearchParams(q), 29);

describe('ode URL state', () => {
  it('reads the documented example', () => {
    const { state, notices } = parse('ode.alpha=0.001&ode.edit=3,5:-0.02&ode.k=7,1');
    expect(notices).toEqual([]);
    expect(state).toEqual({ alpha: 0.001, edits: [{ i: 3, j: 5, value: -0.02 }], x0: [], shown: [1, 7] });
  });

  it('round-trips alpha, several edits, initial signals and shown frequencies, keeping other params', () => {
    const state = {
      alpha: 0,
      edits: [
        { i: 3, j: 5, value: -0.02 },
        { i: 29, j: 1, value: 1e-5 },
      ],
      x0: [{ k: 12, value: 40.25 }],
      shown: [2, 9],
    };
    const params = writeOdeUrl(new URLSearchParams('lang=x&ode.alpha=0.5'), state);
    expect(params.get('lang')).toBe('x');
    const back = parseOdeUrl(new URLSearchParams(params.toString()), 29);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('writes nothing in its namespace for the default state', () => {
    const params = writeOdeUrl(new URLSearchParams('a=1'), { alpha: DEFAULT_ALPHA, edits: [], x0: [], shown: null });
    expect(params.toString()).toBe('a=1');
  });

  it('clamps out-of-range values and says so', () => {
    const { state, notices } = parse('ode.alpha=7&ode.edit=1,2:50&ode.x0=4:-3');
    expect(state.alpha).toBe(1);
    expect(state.edits).toEqual([{ i: 1, j: 2, value: 1 }]);
    expect(state.x0).toEqual([{ k: 4, value: 0 }]);
    expect(notices.map((n) => `${n.kind}:${n.action}`)).toEqual(['alpha:clamped', 'edit:clamped', 'x0:clamped']);
  });

  it('drops malformed items without throwing and keeps the good ones', () => {
    const { state, notices } = parse('ode.alpha=abc&ode.edit=0,5:1;3,5:NaN;x;2,2:-0.01&ode.k=1,99,foo,3&ode.x0=30:1');
    expect(state.alpha).toBe(DEFAULT_ALPHA);
    expect(state.edits).toEqual([{ i: 2, j: 2, value: -0.01 }]);
    expect(state.shown).toEqual([1, 3]);
    expect(state.x0).toEqual([]);
    expect(notices.filter((n) => n.action === 'dropped').map((n) => n.raw)).toEqual(['abc', '0,5:1', '3,5:NaN', 'x', '30:1', '99', 'foo']);
  });

  it('treats Infinity and hex as malformed', () => {
    expect(parse('ode.alpha=Infinity').notices).toHaveLength(1);
    expect(parse('ode.alpha=0x10').state.alpha).toBe(DEFAULT_ALPHA);
  });
});

describe('unknown ode.* settings', () => {
  it('are reported once each, by name, and other namespaces are left alone', () => {
    const { notices } = parseOdeUrl(new URLSearchParams('ode.zz=1&ode.zz=2&ode.alpha=0.1&lab.seed=3&ode.%3Cb%3E=x'), 29);
    expect(notices).toEqual([
      { kind: 'unknown', raw: 'ode.zz', action: 'dropped' },
      { kind: 'unknown', raw: 'ode.<b>', action: 'dropped' },
    ]);
  });
});
