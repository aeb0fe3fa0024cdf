/**
 * Reading an explicit starting point — initial parameters and a train/test split — from a file
 * in the golden fixture's format (shared/fixtures/README.md):
 *   { config?: { p, d, ... }, initialParameters: { embedding, linears.0.weight, ... },
 *     trainIndices: number[], testIndices: number[] }
 * Every problem is reported with a message that names the field.
 */
import { explicitSplit, type Split } from './dataset';
import { paramsFromTorch, type HostParams } from './params';

export class InitFileError extends Error {
  constructor(message: string) {
    super(`init file: ${message}`);
    this.name = 'InitFileError';
  }
}

export interface InitFile {
  /** p and d as the file gives them (from config, or inferred from the embedding's shape). */
  p: number;
  d: number;
  hidden: number;
  params: HostParams;
  split: Split;
  /** The file's own config object, if any (hyper-parameters to adopt unless overridden). */
  config: Record<string, unknown>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function parseInitFile(raw: unknown): InitFile {
  if (!isRecord(raw)) throw new InitFileError('expected a JSON object at the top level');
  const ip = raw.initialParameters;
  if (!isRecord(ip)) throw new InitFileError('missing field "initialParameters" (an object of PyTorch-layout arrays)');
  if (!Array.isArray(raw.trainIndices)) throw new InitFileError('missing field "trainIndices" (an array of example indices)');
  if (!Array.isArray(raw.testIndices)) throw new InitFileError('missing field "testIndices" (an array of example indices)');
  const emb = ip.embedding;
  if (!Array.isArray(emb) || emb.length === 0 || !Array.isArray(emb[0])) throw new InitFileError('"initialParameters.embedding" must be a p × d array');
  const config = isRecord(raw.config) ? raw.config : {};
  const p = typeof config.p === 'number' ? config.p : emb.length;
  const d = typeof config.d === 'number' ? config.d : (emb[0] as unknown[]).length;
  const hiddenCfg = Array.isArray(config.hidden) ? (config.hidden as unknown[]) : null;
  if (hiddenCfg && (hiddenCfg.length !== 2 || hiddenCfg[0] !== hiddenCfg[1]))
    throw new InitFileError(`"config.hidden" must be two equal widths (the paper's model), got ${JSON.stringify(hiddenCfg)}`);
  const bias0 = ip['linears.0.bias'];
  const hidden = hiddenCfg ? Number(hiddenCfg[0]) : Array.isArray(bias0) ? bias0.length : 100;
  if (!Number.isInteger(p) || p < 3) throw new InitFileError(`"config.p" must be an integer ≥ 3, got ${p}`);
  if (!Number.isInteger(d) || d < 1) throw new InitFileError(`"config.d" must be an integer ≥ 1, got ${d}`);
  let params: HostParams;
  try {
    params = paramsFromTorch(ip, { p, d, hidden });
  } catch (err) {
    throw new InitFileError(`initialParameters: ${(err as Error).message}`);
  }
  let split: Split;
  try {
    split = explicitSplit(p, raw.trainIndices as number[], raw.testIndices as number[]);
  } catch (err) {
    throw new InitFileError((err as Error).message);
  }
  return { p, d, hidden, params, split, config };
}
