/**
 * Command-line flags of `npm run train` → a validated TrainConfig and run options.
 * Kept apart from the I/O so tests can check the parsing and its error messages.
 */
import { parseArgs } from 'node:util';
import { makeConfig, type FrequencyScale, type RunMode, type TrainConfig } from '../lib/config';
import type { SnapshotSchedule } from '../lib/engine/trainer';

export const USAGE = `Train the paper's network (modular addition) and write a JSON run file.

Usage: npm run train -- [options]

Model and task
  --p N                 modulus (default 59)
  --d N                 embedding dimension (default 128)
  --hidden N            width of the two hidden layers (default 100)
Optimiser (PyTorch AdamW)
  --lr X                learning rate (default 0.01)
  --wd X                decoupled weight decay (default 0.5)
  --beta1 X --beta2 X   Adam betas (default 0.9, 0.999)
  --eps X               Adam epsilon (default 1e-8)
Run
  --steps N             number of full-batch updates (default 2000)
  --seed N              seed (default 0)
  --mode M              default | fix-embedding | fix-mlp | fix-dataset (which parts --init-seed fixes)
  --init-seed N         seed of the fixed parts (default 0)
  --train-fraction X    share of the p² pairs used for training (default 0.8)
  --freeze-embedding    train the MLP only (the embedding is neither updated nor decayed)
  --scale K:ALPHA       multiply the initial Fourier component of frequency K (and p−K) by ALPHA; repeatable
  --keep K,K,...        keep only these initial Fourier frequencies (DC zeroed too), the ablation design
  --init FILE           start from explicit initial parameters and split (the golden fixture's format:
                        initialParameters, trainIndices, testIndices, config)
Output
  --out FILE            where to write the run file (default: run.json)
  --log-every N         log losses, accuracies and signals every N steps (default 1)
  --snapshots N:M       store the embedding at every step up to N, then every M steps
  --backend B           auto (default: the fused WebAssembly engine with fused multiply-adds, the
                        plain SIMD one where relaxed SIMD has no fused multiply-add, tfjs wasm
                        where SIMD is missing) | fused-wasm-fma | fused-wasm | wasm (tfjs) | cpu (tfjs)
  --quiet               no progress bar
  --help                this text
`;

/** The engines `npm run train` can use (webgl needs a browser). */
export const NODE_BACKENDS = ['auto', 'fused-wasm-fma', 'fused-wasm', 'wasm', 'cpu'] as const;
export type NodeBackendChoice = (typeof NODE_BACKENDS)[number];

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CliOptions {
  /** Config fields given on the command line (merged over an init file's config). */
  overrides: Partial<TrainConfig>;
  initFile: string | null;
  out: string;
  logEvery: number;
  snapshots: SnapshotSchedule | null;
  backend: NodeBackendChoice;
  quiet: boolean;
  help: boolean;
}

function num(name: string, v: string | undefined, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || (integer && !Number.isInteger(x)))
    throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'}, got "${v}"`);
  return x;
}

export function parseCli(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        p: { type: 'string' },
        d: { type: 'string' },
        hidden: { type: 'string' },
        lr: { type: 'string' },
        wd: { type: 'string' },
        beta1: { type: 'string' },
        beta2: { type: 'string' },
        eps: { type: 'string' },
        steps: { type: 'string' },
        seed: { type: 'string' },
        mode: { type: 'string' },
        'init-seed': { type: 'string' },
        'train-fraction': { type: 'string' },
        'freeze-embedding': { type: 'boolean' },
        scale: { type: 'string', multiple: true },
        keep: { type: 'string' },
        init: { type: 'string' },
        out: { type: 'string' },
        'log-every': { type: 'string' },
        snapshots: { type: 'string' },
        backend: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const o: Partial<TrainConfig> = {};
  const set = <K extends keyof TrainConfig>(k: K, v: TrainConfig[K] | undefined) => {
    if (v !== undefined) o[k] = v;
  };
  set('p', num('p', values.p, true));
  set('d', num('d', values.d, true));
  set('hidden', num('hidden', values.hidden, true));
  set('lr', num('lr', values.lr, false));
  set('weightDecay', num('wd', values.wd, false));
  set('beta1', num('beta1', values.beta1, false));
  set('beta2', num('beta2', values.beta2, false));
  set('eps', num('eps', values.eps, false));
  set('steps', num('steps', values.steps, true));
  set('seed', num('seed', values.seed, true));
  set('initSeed', num('init-seed', values['init-seed'], true));
  set('trainFraction', num('train-fraction', values['train-fraction'], false));
  if (values.mode !== undefined) set('mode', values.mode as RunMode);
  if (values['freeze-embedding']) set('freezeEmbedding', true);
  if (values.scale) {
    o.scaleFrequencies = values.scale.map((s): FrequencyScale => {
      const m = /^(\d+):(.+)$/.exec(s);
      if (!m) throw new UsageError(`--scale must look like K:ALPHA (e.g. 25:1.1), got "${s}"`);
      return { k: Number(m[1]), alpha: num('scale', m[2], false)! };
    });
  }
  if (values.keep !== undefined) {
    o.keepFrequencies = values.keep === '' ? [] : values.keep.split(',').map((k) => num('keep', k, true)!);
  }
  const backend = (values.backend ?? 'auto') as NodeBackendChoice;
  if (!NODE_BACKENDS.includes(backend)) throw new UsageError(`--backend must be ${NODE_BACKENDS.join(', ')} in Node, got "${backend}"`);
  let snapshots: SnapshotSchedule | null = null;
  if (values.snapshots !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(values.snapshots);
    if (!m) throw new UsageError(`--snapshots must look like N:M (e.g. 1000:100), got "${values.snapshots}"`);
    snapshots = { everyStepUntil: Number(m[1]), thenEvery: Number(m[2]) };
  }
  const logEvery = num('log-every', values['log-every'], true) ?? 1;
  if (logEvery < 1) throw new UsageError(`--log-every must be ≥ 1, got ${logEvery}`);
  return {
    overrides: o,
    initFile: values.init ?? null,
    out: values.out ?? 'run.json',
    logEvery,
    snapshots,
    backend,
    quiet: Boolean(values.quiet),
    help: Boolean(values.help),
  };
}

/** The config of a run: defaults ← the init file's hyper-parameters ← command-line flags. */
export function resolveConfig(cli: CliOptions, fileConfig: Record<string, unknown> | null, shape?: { p: number; d: number; hidden: number }): TrainConfig {
  const fromFile: Partial<TrainConfig> = {};
  if (fileConfig) {
    const pick = (k: string): number | undefined => (typeof fileConfig[k] === 'number' ? (fileConfig[k] as number) : undefined);
    const betas = Array.isArray(fileConfig.betas) ? (fileConfig.betas as number[]) : [];
    Object.assign(
      fromFile,
      Object.fromEntries(
        Object.entries({
          lr: pick('lr'),
          weightDecay: pick('weightDecay'),
          eps: pick('eps'),
          beta1: betas[0],
          beta2: betas[1],
          seed: pick('seed'),
          steps: pick('steps'),
        }).filter(([, v]) => typeof v === 'number'),
      ),
    );
  }
  if (shape) {
    for (const k of ['p', 'd', 'hidden'] as const) {
      if (cli.overrides[k] !== undefined && cli.overrides[k] !== shape[k])
        throw new UsageError(`--${k} ${cli.overrides[k]} contradicts the init file, whose parameters have ${k} = ${shape[k]}`);
    }
  }
  return makeConfig({ ...fromFile, ...(shape ?? {}), ...cli.overrides });
}
