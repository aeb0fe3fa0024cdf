/**
 * Host-side (float64) parameters of the paper's model, in PyTorch's layout:
 *   embedding [p][d]; linears.0 weight [h][2d], bias [h]; linears.1 [h][h], [h]; linears.2 [p][h], [p]
 * (weights are [out][in], y = x·Wᵀ + b; layer 0's input is concat(E[a], E[b])).
 * Initialisation follows PyTorch: E ~ N(0, 1); every Linear weight and bias ~ U(±1/√fan_in).
 */
import { Rng } from './rng';
import type { TrainConfig } from './config';
import { partSeeds } from './config';

export interface ModelShape {
  p: number;
  d: number;
  hidden: number;
}

export interface HostParams extends ModelShape {
  embedding: Float64Array; // p·d, row-major [p][d]
  w0: Float64Array; // h·2d, [h][2d]
  b0: Float64Array; // h
  w1: Float64Array; // h·h
  b1: Float64Array; // h
  w2: Float64Array; // p·h, [p][h]
  b2: Float64Array; // p
}

/** The parameter tensors in the order PyTorch's state_dict lists them. */
export const PARAM_NAMES = ['embedding', 'w0', 'b0', 'w1', 'b1', 'w2', 'b2'] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** PyTorch state_dict names, as in the golden fixture. */
export const TORCH_NAMES: Record<ParamName, string> = {
  embedding: 'embedding',
  w0: 'linears.0.weight',
  b0: 'linears.0.bias',
  w1: 'linears.1.weight',
  b1: 'linears.1.bias',
  w2: 'linears.2.weight',
  b2: 'linears.2.bias',
};

export function paramShapes({ p, d, hidden: h }: ModelShape): Record<ParamName, [number, number] | [number]> {
  return { embedding: [p, d], w0: [h, 2 * d], b0: [h], w1: [h, h], b1: [h], w2: [p, h], b2: [p] };
}

export function initialEmbedding(p: number, d: number, seed: number): Float64Array {
  const rng = new Rng(seed, 'embedding');
  const e = new Float64Array(p * d);
  for (let i = 0; i < e.length; i++) e[i] = rng.normal();
  return e;
}

function uniformLinear(rng: Rng, out: number, fanIn: number): { w: Float64Array; b: Float64Array } {
  const bound = 1 / Math.sqrt(fanIn);
  const w = new Float64Array(out * fanIn);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniformRange(-bound, bound);
  const b = new Float64Array(out);
  for (let i = 0; i < out; i++) b[i] = rng.uniformRange(-bound, bound);
  return { w, b };
}

export function initialMlp(p: number, d: number, h: number, seed: number): Omit<HostParams, 'embedding' | keyof ModelShape> {
  const rng = new Rng(seed, 'mlp');
  const l0 = uniformLinear(rng, h, 2 * d);
  const l1 = uniformLinear(rng, h, h);
  const l2 = uniformLinear(rng, p, h);
  return { w0: l0.w, b0: l0.b, w1: l1.w, b1: l1.b, w2: l2.w, b2: l2.b };
}

/** Initial parameters for a config, seeded per part according to its run mode. */
export function initialParams(c: Pick<TrainConfig, 'p' | 'd' | 'hidden' | 'mode' | 'seed' | 'initSeed'>): HostParams {
  const seeds = partSeeds(c);
  return {
    p: c.p,
    d: c.d,
    hidden: c.hidden,
    embedding: initialEmbedding(c.p, c.d, seeds.embedding),
    ...initialMlp(c.p, c.d, c.hidden, seeds.mlp),
  };
}

export function cloneParams(x: HostParams): HostParams {
  return {
    ...x,
    embedding: x.embedding.slice(),
    w0: x.w0.slice(),
    b0: x.b0.slice(),
    w1: x.w1.slice(),
    b1: x.b1.slice(),
    w2: x.w2.slice(),
    b2: x.b2.slice(),
  };
}

type Nested = number[] | number[][];

/** Convert nested PyTorch-layout arrays (as in the fixture) to HostParams, checking every shape. */
export function paramsFromTorch(obj: Record<string, unknown>, shape: ModelShape): HostParams {
  const shapes = paramShapes(shape);
  const out: Partial<HostParams> = { ...shape };
  for (const name of PARAM_NAMES) {
    const key = TORCH_NAMES[name];
    const value = obj[key] as Nested | undefined;
    if (value === undefined) throw new RangeError(`initialParameters is missing "${key}"`);
    out[name] = flattenChecked(value, shapes[name], key);
  }
  return out as HostParams;
}

function flattenChecked(value: Nested, shape: number[], key: string): Float64Array {
  const [rows, cols] = shape;
  if (!Array.isArray(value) || value.length !== rows)
    throw new RangeError(`"${key}" must have ${rows} rows (shape [${shape.join(', ')}]), got ${Array.isArray(value) ? value.length : typeof value}`);
  if (cols === undefined) {
    const flat = new Float64Array(rows!);
    for (let i = 0; i < rows!; i++) {
      const x = value[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`"${key}"[${i}] is not a finite number`);
      flat[i] = x;
    }
    return flat;
  }
  const flat = new Float64Array(rows! * cols);
  for (let i = 0; i < rows!; i++) {
    const row = value[i];
    if (!Array.isArray(row) || row.length !== cols)
      throw new RangeError(`"${key}"[${i}] must have ${cols} columns (shape [${shape.join(', ')}]), got ${Array.isArray(row) ? row.length : typeof row}`);
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`"${key}"[${i}][${j}] is not a finite number`);
      flat[i * cols + j] = x;
    }
  }
  return flat;
}

/** Nested PyTorch-layout arrays (for run files and exports). */
export function paramsToTorch(x: HostParams, digits = 9): Record<string, number[] | number[][]> {
  const shapes = paramShapes(x);
  const out: Record<string, number[] | number[][]> = {};
  for (const name of PARAM_NAMES) {
    out[TORCH_NAMES[name]] = toNested(x[name], shapes[name], digits);
  }
  return out;
}

export function toNested(flat: ArrayLike<number>, shape: number[], digits = 9): number[] | number[][] {
  const r = (v: number) => Number(v.toPrecision(digits));
  const [rows, cols] = shape;
  if (cols === undefined) return Array.from({ length: rows! }, (_, i) => r(flat[i]!));
  return Array.from({ length: rows! }, (_, i) => Array.from({ length: cols }, (_, j) => r(flat[i * cols + j]!)));
}
