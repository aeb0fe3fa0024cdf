/**
 * The lab's training worker (a module worker): tfjs lives here and nowhere else on the page.
 * It owns one Trainer, advances it in chunks (one device readback per chunk) and posts the
 * logged rows; a 'pause' or a new 'configure' takes effect between chunks.
 */
/// <reference lib="webworker" />
import type { FromWorker, RowMsg, ToWorker } from './protocol';
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { Trainer as TrainerT } from '../../lib/engine/trainer';

declare const self: DedicatedWorkerGlobalScope;

/** The engine, loaded on first use so the worker answers messages while tfjs downloads. */
const engine = (async () => {
  const [{ startWorkerBackend }, { Trainer }, { initialParams }, { randomSplit }, { partSeeds }] = await Promise.all([
    import('./worker-backend'),
    import('../../lib/engine/trainer'),
    import('../../lib/params'),
    import('../../lib/dataset'),
    import('../../lib/config'),
  ]);
  return { startWorkerBackend, Trainer, initialParams, randomSplit, partSeeds };
})();

/** Aim for chunks of about this long at "max" speed (one readback each). */
const AUTO_CHUNK_MS = 200;
const AUTO_CHUNK_MIN = 10;
const AUTO_CHUNK_MAX = 50;
/** Send the embedding (for the circle planes) at most this often while running. */
const EMBEDDING_EVERY_MS = 400;

let backend: Promise<BackendInfo> | null = null;
let trainer: TrainerT | null = null;
let runId = -1;
/** Incremented by every pause/configure: a running loop stops when it sees a newer value. */
let generation = 0;
let msPerStep: number | null = null;
let lastEmbeddingAt = 0;

const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);
const yieldToMessages = () => new Promise<void>((ok) => setTimeout(ok, 0));
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

function toMsg(r: { step: number; trainLoss: number; testLoss: number; trainAcc: number; testAcc: number; signals: Float64Array }): RowMsg {
  return { step: r.step, trainLoss: r.trainLoss, testLoss: r.testLoss, trainAcc: r.trainAcc, testAcc: r.testAcc, signals: r.signals };
}

async function ensureBackend(choice: BackendChoice): Promise<BackendInfo> {
  backend ??= (async () => {
    const { startWorkerBackend } = await engine;
    const info = await startWorkerBackend(choice);
    post({ type: 'backend', info, requested: choice, fellBack: choice !== 'auto' && info.name !== choice });
    return info;
  })();
  return backend;
}

async function sendEmbedding(id: number): Promise<void> {
  if (!trainer) return;
  const step = trainer.step;
  const params = await trainer.params();
  if (id !== runId) return;
  const embedding = Float32Array.from(params.embedding);
  post({ type: 'embedding', runId: id, step, embedding }, [embedding.buffer]);
  lastEmbeddingAt = performance.now();
}

async function configure(config: TrainConfig, id: number): Promise<void> {
  runId = id;
  trainer?.dispose();
  trainer = null;
  const info = await (backend ?? ensureBackend('auto'));
  const { Trainer, initialParams, randomSplit, partSeeds } = await engine;
  if (id !== runId) return;
  const split = randomSplit(config.p, config.trainFraction, partSeeds(config).split);
  trainer = new Trainer({ config, backend: info, init: initialParams(config), split, logEvery: 1 });
  const first = await trainer.advance(0); // measures the untrained state (step 0)
  if (id !== runId) return;
  post({ type: 'rows', runId: id, rows: first.rows.map(toMsg), msPerStep });
  await sendEmbedding(id);
}

async function run(m: Extract<ToWorker, { type: 'run' }>, my: number): Promise<void> {
  const t = trainer;
  if (!t || m.runId !== runId) return;
  let reason: 'paused' | 'target' | 'accuracy' | 'end' = 'paused';
  let first = true;
  try {
    while (true) {
      if (my !== generation) break;
      if (t.step >= t.config.steps) {
        reason = 'end';
        break;
      }
      if (t.step >= m.target) {
        reason = 'target';
        break;
      }
      const auto = msPerStep ? Math.round(AUTO_CHUNK_MS / msPerStep) : AUTO_CHUNK_MIN;
      // The first chunk of a request is one step: the reader sees the run move at once, and it
      // calibrates the chunk size when the speed of this device is not known yet.
      const size = first && m.chunk === 'auto' ? 1 : m.chunk === 'auto' ? Math.min(AUTO_CHUNK_MAX, Math.max(AUTO_CHUNK_MIN, auto)) : m.chunk;
      first = false;
      const n = Math.min(size, m.target - t.step);
      const t0 = performance.now();
      const out = await t.advance(n);
      const dt = performance.now() - t0;
      if (n > 0) msPerStep = msPerStep === null ? dt / n : 0.7 * msPerStep + 0.3 * (dt / n);
      if (m.runId !== runId) return;
      post({ type: 'rows', runId: m.runId, rows: out.rows.map(toMsg), msPerStep });
      if (performance.now() - lastEmbeddingAt > EMBEDDING_EVERY_MS) await sendEmbedding(m.runId);
      const last = out.rows[out.rows.length - 1];
      if (m.untilAcc !== null && last && last.testAcc >= m.untilAcc) {
        reason = 'accuracy';
        break;
      }
      if (m.minChunkMs > dt) await sleep(m.minChunkMs - dt);
      else await yieldToMessages();
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'DivergenceError') {
      post({ type: 'diverged', runId: m.runId, step: (err as Error & { step: number }).step, message: err.message });
      return;
    }
    post({ type: 'error', runId: m.runId, message: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (m.runId !== runId) return;
  await sendEmbedding(m.runId);
  post({ type: 'stopped', runId: m.runId, ticket: m.ticket, step: t.step, reason });
}

/** Messages are handled one after another, so a configure never races a chunk in flight. */
let queue: Promise<void> = Promise.resolve();
/** The training loop in progress (not part of the queue, so that a pause can reach it). */
let running: Promise<void> = Promise.resolve();

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  // Pause, a new run and a new configuration stop the loop in progress at its next chunk
  // boundary: bump the generation at once rather than behind the queue.
  if (m.type === 'pause') {
    if (m.runId === runId) generation++;
    return;
  }
  const gen = m.type === 'run' || m.type === 'configure' ? ++generation : generation;
  queue = queue
    .then(async () => {
      switch (m.type) {
        case 'backend':
          await ensureBackend(m.choice);
          return;
        case 'configure':
          await running;
          await configure(m.config, m.runId);
          return;
        case 'run':
          await running;
          if (gen === generation) running = run(m, gen);
          return;
      }
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (m.type === 'backend') post({ type: 'backend-error', message });
      else post({ type: 'error', runId, message });
    });
};
