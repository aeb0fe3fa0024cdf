/**
 * A declarative URL-state schema (in the spirit of TensorFlow Playground's state.ts): each field
 * says its type, default and bounds (or allowed values), and one pair of functions reads and
 * writes it. Reading never throws: a value out of range is clamped, a malformed one is rejected
 * (the default is kept), and either way a notice says what happened, so the page can show it.
 *
 * Values travel as `namespace.key=value` query parameters, one namespace per widget.
 */

export interface IntField {
  type: 'int';
  default: number;
  min: number;
  max: number;
}

export interface FloatField {
  type: 'float';
  default: number;
  min: number;
  max: number;
  /** A slider's grid: values snap to min + k·step (with a notice when the link's value was off it). */
  step?: number;
  /** A well-formed number too large for a double ("1e999"): clamped to the bound by default, or rejected. */
  overflow?: 'clamp' | 'reject';
}

/** One of a fixed list. Numeric lists snap a number that is not in the list to the nearest member. */
export interface EnumField<T extends string | number = string | number> {
  type: 'enum';
  default: T;
  values: readonly T[];
}

export interface BoolField {
  type: 'bool';
  default: boolean;
}

/**
 * A set of integers in min..max in one parameter, comma-separated (`collab.keep=6,24`): read in
 * ascending order without repeats. An empty value is the empty set (not the default); a bad item
 * is dropped with a notice of its own, the others are kept.
 */
export interface IntSetField {
  type: 'intset';
  default: readonly number[];
  min: number;
  max: number;
  /** Items beyond this many distinct ones are dropped, each with a notice. */
  maxItems?: number;
  /** A longer raw value is rejected whole (the default kept). */
  maxLength: number;
}

/** One item of an EntryListField: integer coordinates and a number (`3,5:-0.02` = at [3, 5], value −0.02). */
export interface Entry {
  at: number[];
  value: number;
}

/**
 * A list of entries `a,b:v;c,d:w` in one parameter (`ode.edit`): each entry has `arity` integer
 * coordinates in atMin..atMax and a number in min..max (clamped, with a notice). A later entry at the
 * same coordinates replaces the earlier one in its place; a malformed entry is dropped with a notice.
 */
export interface EntryListField {
  type: 'entries';
  default: readonly Entry[];
  arity: number;
  atMin: number;
  atMax: number;
  min: number;
  max: number;
  maxItems?: number;
  maxLength: number;
}

export type ScalarField = IntField | FloatField | EnumField | BoolField;
export type ListField = IntSetField | EntryListField;
export type Field = ScalarField | ListField;
export type Schema = Record<string, Field>;

export type FieldValue<F extends Field> = F extends IntField | FloatField
  ? number
  : F extends EnumField<infer T>
    ? T
    : F extends BoolField
      ? boolean
      : F extends IntSetField
        ? number[]
        : F extends EntryListField
          ? Entry[]
          : never;

export type StateOf<S extends Schema> = { [K in keyof S]: FieldValue<S[K]> };

export type NoticeKind = 'clamped' | 'rejected' | 'unknown' | 'adjusted';

export interface Notice {
  /** The field's key (without the namespace). */
  key: string;
  kind: NoticeKind;
  /** What the URL said (shortened; display it as text, never as markup). */
  raw: string;
  /** The value used instead (absent for unknown keys). */
  value?: string;
}

/** Raw values longer than this are rejected outright: no field needs more. */
export const MAX_RAW_LENGTH = 64;
/** Raw values are shortened to this in notices. */
const NOTICE_RAW_LENGTH = 24;

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** `adjusted`: an in-range value moved onto the field's grid (FloatField.step). */
export type FieldResult<T> = { ok: true; value: T; clamped: boolean; adjusted?: boolean } | { ok: false };

/** Decimal places of a step such as 0.05 (so snapped values print without float noise). */
const decimals = (x: number): number => (String(x).split('.')[1] ?? '').length;

/** The grid point of `field` nearest to `v` (v already in range). */
function snap(field: FloatField, v: number): number {
  if (!field.step) return v;
  const k = Math.round((v - field.min) / field.step);
  const snapped = Number((field.min + k * field.step).toFixed(Math.max(decimals(field.step), decimals(field.min))));
  return Math.min(field.max, snapped);
}

/** Read one scalar field from its raw text. Never throws. (List fields: parseList.) */
export function parseField<F extends ScalarField>(field: F, raw: string): FieldResult<FieldValue<F>> {
  type V = FieldValue<F>;
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_RAW_LENGTH) return { ok: false };
  switch (field.type) {
    case 'int':
    case 'float': {
      if (!NUMBER_RE.test(text)) return { ok: false };
      const x = Number(text);
      if (!Number.isFinite(x)) {
        // "1e999" is a well-formed number that overflows: clamp it like any other large value.
        if (field.type === 'float' && field.overflow === 'reject') return { ok: false };
        return { ok: true, value: (x > 0 ? field.max : field.min) as V, clamped: true };
      }
      if (field.type === 'int' && !Number.isInteger(x)) return { ok: false };
      const inRange = Math.min(field.max, Math.max(field.min, x));
      const v = field.type === 'float' ? snap(field, inRange) : inRange;
      const value = (Object.is(v, -0) ? 0 : v) as V;
      return inRange === x && v !== x ? { ok: true, value, clamped: false, adjusted: true } : { ok: true, value, clamped: inRange !== x };
    }
    case 'enum': {
      const exact = field.values.find((v) => String(v) === text);
      if (exact !== undefined) return { ok: true, value: exact as V, clamped: false };
      const numeric = field.values.filter((v): v is number => typeof v === 'number');
      if (numeric.length === 0 || !NUMBER_RE.test(text)) return { ok: false };
      const x = Number(text);
      if (Number.isNaN(x)) return { ok: false };
      let best = numeric[0]!;
      for (const v of numeric) if (Math.abs(v - x) < Math.abs(best - x)) best = v;
      return { ok: true, value: best as V, clamped: true };
    }
    case 'bool': {
      const t = text.toLowerCase();
      if (t === '1' || t === 'true') return { ok: true, value: true as V, clamped: false };
      if (t === '0' || t === 'false') return { ok: true, value: false as V, clamped: false };
      return { ok: false };
    }
  }
}

/** Write one field as text (the inverse of parseField / parseList for every valid value). */
export function serialiseField(field: Field, value: unknown): string {
  if (field.type === 'bool') return value ? '1' : '0';
  if (field.type === 'intset') return [...(value as number[])].sort((a, b) => a - b).join(',');
  if (field.type === 'entries') return (value as Entry[]).map((e) => `${e.at.join(',')}:${String(e.value)}`).join(';');
  return String(value);
}

const INDEX_RE = /^\d+$/;
// `+ 0` turns -0 into 0: "-0" in a link would otherwise be written back as "0" and read as a different number.
const clampTo = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v)) + 0;
const readIndex = (s: string, lo: number, hi: number): number | null => {
  const t = s.trim();
  return INDEX_RE.test(t) && +t >= lo && +t <= hi ? +t : null;
};
const readNumber = (s: string): number | null => {
  const t = s.trim();
  const x = NUMBER_RE.test(t) ? Number(t) : NaN;
  return Number.isFinite(x) ? x : null;
};

/**
 * Read a list field. Never throws. `value` is null when the whole raw text is refused (too long);
 * otherwise each dropped or clamped item has its own notice (keyed `key`).
 */
export function parseList<F extends ListField>(field: F, raw: string, key: string): { value: FieldValue<F> | null; notices: Notice[] } {
  type V = FieldValue<F>;
  if (raw.length > field.maxLength) {
    return { value: null, notices: [{ key, kind: 'rejected', raw: shorten(raw), value: serialiseField(field, field.default) }] };
  }
  const notices: Notice[] = [];
  const drop = (item: string) => notices.push({ key, kind: 'rejected', raw: shorten(item) });
  const full = (size: number) => field.maxItems !== undefined && size >= field.maxItems;
  if (field.type === 'intset') {
    const set = new Set<number>();
    for (const part of raw.split(',')) {
      const item = part.trim();
      if (item === '') continue;
      const k = readIndex(item, field.min, field.max);
      if (k === null || full(set.size)) drop(item);
      else set.add(k);
    }
    return { value: [...set].sort((a, b) => a - b) as V, notices };
  }
  const entries = new Map<string, Entry>();
  for (const item of raw.split(';')) {
    if (item === '') continue;
    const m = /^([^:]+):(.+)$/.exec(item);
    const coords = m ? m[1]!.split(',') : [];
    const at = coords.length === field.arity ? coords.map((c) => readIndex(c, field.atMin, field.atMax)) : [null];
    const v = m ? readNumber(m[2]!) : null;
    if (at.includes(null) || v === null || full(entries.size)) {
      drop(item);
      continue;
    }
    const value = clampTo(v, field.min, field.max);
    if (value !== v) notices.push({ key, kind: 'clamped', raw: shorten(item), value: String(value) });
    entries.set(at.join(','), { at: at as number[], value });
  }
  return { value: [...entries.values()] as V, notices };
}

/** Is `value` a valid, in-range value of the field (as the schema would produce it)? */
export function isValid(field: Field, value: unknown): boolean {
  switch (field.type) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && value >= field.min && value <= field.max && snap(field, value) === value;
    case 'enum':
      return field.values.includes(value as never);
    case 'bool':
      return typeof value === 'boolean';
    case 'intset':
      return (
        Array.isArray(value) &&
        (field.maxItems === undefined || value.length <= field.maxItems) &&
        value.every((k, n) => Number.isInteger(k) && k >= field.min && k <= field.max && (n === 0 || k > value[n - 1]))
      );
    case 'entries':
      return (
        Array.isArray(value) &&
        (field.maxItems === undefined || value.length <= field.maxItems) &&
        new Set(value.map((e: Entry) => e.at.join(','))).size === value.length &&
        value.every(
          (e: Entry) =>
            e.at.length === field.arity &&
            e.at.every((k) => Number.isInteger(k) && k >= field.atMin && k <= field.atMax) &&
            Number.isFinite(e.value) &&
            !Object.is(e.value, -0) &&
            e.value >= field.min &&
            e.value <= field.max,
        )
      );
  }
}

export function defaults<S extends Schema>(schema: S): StateOf<S> {
  return Object.fromEntries(Object.entries(schema).map(([k, f]) => [k, f.default])) as StateOf<S>;
}

export const shorten = (raw: string): string => (raw.length > NOTICE_RAW_LENGTH ? `${raw.slice(0, NOTICE_RAW_LENGTH)}…` : raw);

/**
 * Read a namespace's fields from query parameters. Missing fields take their defaults; every
 * clamped, rejected or unknown parameter yields a notice. Never throws.
 */
export function parseState<S extends Schema>(schema: S, params: URLSearchParams | string, namespace: string): { state: StateOf<S>; notices: Notice[] } {
  const search = typeof params === 'string' ? safeParams(params) : params;
  const state = defaults(schema) as Record<string, unknown>;
  const notices: Notice[] = [];
  const prefix = `${namespace}.`;
  const seen = new Set<string>();
  for (const [name, raw] of search) {
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    if (seen.has(key)) continue; // the first occurrence wins, as URLSearchParams.get does
    seen.add(key);
    const field = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    if (!field) {
      notices.push({ key: shorten(key), kind: 'unknown', raw: shorten(raw) });
      continue;
    }
    if (field.type === 'intset' || field.type === 'entries') {
      const r = parseList(field, raw, key);
      if (r.value !== null) state[key] = r.value;
      notices.push(...r.notices);
      continue;
    }
    const r = parseField(field, raw);
    if (!r.ok) {
      notices.push({ key, kind: 'rejected', raw: shorten(raw), value: serialiseField(field, field.default) });
      continue;
    }
    state[key] = r.value;
    if (r.clamped) notices.push({ key, kind: 'clamped', raw: shorten(raw), value: serialiseField(field, r.value) });
    else if (r.adjusted) notices.push({ key, kind: 'adjusted', raw: shorten(raw), value: serialiseField(field, r.value) });
  }
  return { state: state as StateOf<S>, notices };
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * Write a state as `namespace.key=value` pairs into `params` (replacing the namespace's old
 * pairs and keeping everyone else's). Fields at their default are left out unless `keep` names them.
 */
export function writeState<S extends Schema>(
  schema: S,
  state: StateOf<S>,
  namespace: string,
  params: URLSearchParams = new URLSearchParams(),
  keep: readonly (keyof S)[] = [],
): URLSearchParams {
  for (const name of [...params.keys()]) if (name.startsWith(`${namespace}.`)) params.delete(name);
  for (const [key, field] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key];
    if (!isValid(field, value)) continue;
    const atDefault = serialiseField(field, value) === serialiseField(field, field.default);
    if (atDefault && !keep.includes(key)) continue;
    params.set(`${namespace}.${key}`, serialiseField(field, value));
  }
  return params;
}
