/**
 * The list field kinds of the URL schema: `intset` (collab.keep, ode.k) and `entries` (ode.edit,
 * ode.x0). Exact cases: what is kept, in which order, which items get which notice.
 */
import { describe, expect, it } from 'vitest';
import { parseField, parseList, parseState, writeState, isValid, type EntryListField, type IntSetField } from '../../../src/lib/state/schema';

const set: IntSetField = { type: 'intset', default: [2, 9], min: 1, max: 10, maxItems: 3, maxLength: 30 };
const entries: EntryListField = { type: 'entries', default: [], arity: 2, atMin: 1, atMax: 5, min: -1, max: 1, maxItems: 2, maxLength: 100 };

describe('intset field', () => {
  it('reads integers in range, ascending without repeats; bad items dropped one notice each', () => {
    const r = parseList(set, ' 7, 3,7,,0,11,x,2.0', 'k');
    expect(r.value).toEqual([3, 7]);
    expect(r.notices).toEqual(['0', '11', 'x', '2.0'].map((raw) => ({ key: 'k', kind: 'rejected', raw })));
  });

  it('empty is the empty set; beyond maxItems distinct items are dropped; too long is rejected whole', () => {
    expect(parseList(set, '', 'k')).toEqual({ value: [], notices: [] });
    const full = parseList(set, '1,2,3,4,2', 'k');
    expect(full.value).toEqual([1, 2, 3]);
    expect(full.notices.map((n) => n.raw)).toEqual(['4', '2']);
    expect(parseList(set, '1,'.repeat(20), 'k')).toMatchObject({ value: null, notices: [{ kind: 'rejected', value: '2,9' }] });
  });

  it('absent keeps the default; written sorted; the default is left out of the URL', () => {
    const schema = { k: set };
    expect(parseState(schema, '', 'w').state.k).toEqual([2, 9]);
    expect(parseState(schema, 'w.k=', 'w').state.k).toEqual([]);
    expect(writeState(schema, { k: [1, 4] }, 'w').toString()).toBe('w.k=1%2C4');
    expect(writeState(schema, { k: [2, 9] }, 'w').toString()).toBe('');
    expect(isValid(set, [4, 1])).toBe(false); // not as the schema reads it
  });
});

describe('entries field', () => {
  it('reads "a,b:v" items; clamps v with a notice; a later item at the same place replaces the earlier in place', () => {
    const r = parseList({ ...entries, maxItems: 5 }, '1,2:0.5;3,3:-4;1,2:-0;2,2:x;9,1:0;1:0;;4,4:1e999', 'edit');
    expect(r.value).toEqual([
      { at: [1, 2], value: 0 },
      { at: [3, 3], value: -1 },
    ]);
    expect(Object.is((r.value as { value: number }[])[0]!.value, 0)).toBe(true); // -0 read as +0
    expect(r.notices).toEqual([
      { key: 'edit', kind: 'clamped', raw: '3,3:-4', value: '-1' },
      { key: 'edit', kind: 'rejected', raw: '2,2:x' },
      { key: 'edit', kind: 'rejected', raw: '9,1:0' },
      { key: 'edit', kind: 'rejected', raw: '1:0' },
      { key: 'edit', kind: 'rejected', raw: '4,4:1e999' },
    ]);
  });

  it('beyond maxItems distinct places, items are dropped; written back as the same text', () => {
    const r = parseList(entries, '1,1:0.1;2,2:0.2;3,3:0.3', 'e');
    expect(r.value).toHaveLength(2);
    expect(r.notices.map((n) => n.raw)).toEqual(['3,3:0.3']);
    const schema = { e: entries };
    expect(writeState(schema, { e: r.value! }, 'w').get('w.e')).toBe('1,1:0.1;2,2:0.2');
    expect(isValid(entries, [{ at: [1, 1], value: -0 }])).toBe(false);
  });
});

describe('float overflow option (ode.alpha)', () => {
  it('"1e999" is clamped by default, dropped when the field says overflow: reject', () => {
    const f = { type: 'float', default: 0.01, min: 0, max: 1 } as const;
    expect(parseField(f, '1e999')).toEqual({ ok: true, value: 1, clamped: true });
    expect(parseField({ ...f, overflow: 'reject' }, '1e999')).toEqual({ ok: false });
    expect(parseField({ ...f, overflow: 'reject' }, '2')).toEqual({ ok: true, value: 1, clamped: true });
  });
});
