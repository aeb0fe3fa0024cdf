/**
 * The training worker of the lab and the fitness widget (a module worker): tfjs lives here and
 * nowhere else on the page; the page talks to it through TrainingClient (client.ts).
 * It owns one Trainer, advances it in chunks (one device readback per chunk) and posts the
 * logged rows; a 'pause' or a new 'configure' takes effect between chunks.
 *
 * On webgl it also keeps a host-side snapshot of the trainer (θ, AdamW's moments, the step),
 * refreshed whenever it reads the embedding for the page anyway (at most every 400 ms), so that
 * a lost WebGL context costs at most those steps: the run goes on on the CPU engine (fused wasm) from the snapshot.
 */
/// <reference lib="webworker" />
import type { FromWorker, RowMsg, ToWorker } from './protocol';
import type { TrainConfig } from '../../lib/config';
import type { Split } from '../../lib/dataset';
import type { HostParams } from '../../lib/params';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { Trainer as TrainerT, TrainerState } from '../../lib/engine/trainer';

declare const self: DedicatedWorkerGlobalScope;

/** The engine, loaded on first use so the worker answers messages while tfjs downloads. */
const engine = (async () => {
  const [wb, { Trainer }, { initialParams, paramsToTorch }, { randomSplit }, { partSeeds }] = await Promise.all([
    import('./worker-backend'),
    import('../../lib/engine/trainer'),
    import('../../lib/params'),
    import('../../lib/dataset'),
    import('../../lib/config'),
  ]);
  return { ...wb, Trainer, initialParams, paramsToTorch, randomSplit, partSeeds };
})();

/** Aim for chunks of about this long at "max" speed (one readback each). */
const AUTO_CHUNK_MS = 200;
const AUTO_CHUNK_MIN = 10;
const AUTO_CHUNK_MAX = 50;
/** Send the embedding (for the circle planes) at most this often while running. */
const EMBEDDING_EVERY_MS = 400;

let backend: Promise<BackendInfo> | null = null;
let trainer: TrainerT | null = null;
/** What the trainer was built from (to rebuild it on another backend). */
let built: { config: TrainConfig; init: HostParams; split: Split } | null = null;
/** The latest host-side snapshot of the trainer (kept on webgl only). */
let saved: TrainerState | null = null;
/** The last step whose rows were posted. */
let lastPosted = 0;
let runId = -1;
/** Incremented by every pause/configure: a running loop stops when it sees a newer value. */
let generation = 0;
let msPerStep: number | null = null;
let lastEmbeddingAt = 0;

/** Settles the chunk in flight with null when the WebGL context is lost (see watchWebgl). */
let onLost: (() => void) | null = null;
function raceLoss<T>(p: Promise<T>): Promise<T | null> {
  return new Promise<T | null>((ok, fail) => {
    onLost = () => ok(null);
    p.then(ok, fail).finally(() => (onLost = null));
  });
}

const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);
const yieldToMessages = () => new Promise<void>((ok) => setTimeout(ok, 0));
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

function toMsg(r: { step: number; trainLoss: number; testLoss: number; trainAcc: number; testAcc: number; signals: Float64Array }): RowMsg {
  return { step: r.step, trainLoss: r.trainLoss, testLoss: r.testLoss, trainAcc: r.trainAcc, testAcc: r.testAcc, signals: r.signals };
}

function postRows(id: number, rows: RowMsg[]): void {
  if (rows.length) lastPosted = rows[rows.length - 1]!.step;
  post({ type: 'rows', runId: id, rows, msPerStep });
}

async function ensureBackend(choice: BackendChoice): Promise<BackendInfo> {
  backend ??= (async () => {
    const { startWorkerBackend } = await engine;
    const info = await startWorkerBackend(choice);
    // The pure-JavaScript backend is far too slow to train this model in a page: never fall to
    // it silently; the page says why and lets the reader choose it.
    if (info.name === 'cpu' && choice !== 'cpu') post({ type: 'slow-only', info, requested: choice });
    else post({ type: 'backend', info, requested: choice, fellBack: choice !== 'auto' && info.name !== choice });
    return info;
  })();
  return backend;
}

/**
 * Send the embedding for the circle planes. On webgl the whole state is read (θ holds the
 * embedding; m and v are two more readbacks of the same size) and kept as the snapshot.
 */
async function sendEmbedding(id: number): Promise<void> {
  const t = trainer;
  if (!t) return;
  const step = t.step;
  let params: HostParams;
  if (t.backend.name === 'webgl') {
    const { watchWebgl, webglLost } = await engine;
    watchWebgl(() => onLost?.());
    const s = await raceLoss(t.state());
    if (!s || webglLost()) return; // cut off or read from a dead context: not a snapshot
    saved = s;
    params = await t.paramsOf(s);
  } else params = await t.params();
  if (id !== runId) return;
  const embedding = Float32Array.from(params.embedding);
  post({ type: 'embedding', runId: id, step, embedding }, [embedding.buffer]);
  lastEmbeddingAt = performance.now();
}

/** When a run pauses or ends: the embedding and, once, the full parameters (PyTorch layout). */
async function sendFinal(id: number): Promise<void> {
  const t = trainer;
  if (!t) return;
  const step = t.step;
  const params = t.backend.name === 'webgl' ? await raceLoss(t.params()) : await t.params();
  if (id !== runId || !params || (await engine).webglLost()) return;
  const embedding = Float32Array.from(params.embedding);
  post({ type: 'embedding', runId: id, step, embedding }, [embedding.buffer]);
  post({ type: 'parameters', runId: id, step, parameters: (await engine).paramsToTorch(params) });
  lastEmbeddingAt = performance.now();
}

async function configure(config: TrainConfig, id: number): Promise<void> {
  runId = id;
  disposeTrainer();
  saved = null;
  lastPosted = 0;
  let info = await (backend ?? ensureBackend('auto'));
  const { Trainer, initialParams, randomSplit, partSeeds, webglLost } = await engine;
  if (webglLost()) info = await leaveLostWebgl();
  if (id !== runId) return;
  const split = randomSplit(config.p, config.trainFraction, partSeeds(config).split);
  // Interventions of the config (scaled frequencies, kept frequencies, construction) shape the start, as in the CLI.
  const init = (await import('../../lib/run')).applyInterventions(initialParams(config), config);
  built = { config, init, split };
  trainer = new Trainer({ config, backend: info, init, split, logEvery: 1 });
  const first = await trainer.advance(0); // measures the untrained state (step 0)
  if (id !== runId) return;
  postRows(id, first.rows.map(toMsg));
  await sendEmbedding(id);
}

function disposeTrainer(): void {
  try {
    trainer?.dispose();
  } catch {
    /* its textures died with a lost context */
  }
  trainer = null;
}

/** Switch from a lost webgl context to the CPU engine and tell the page. */
async function leaveLostWebgl(): Promise<BackendInfo> {
  const { abandonWebgl } = await engine;
  const started = await abandonWebgl();
  const info: BackendInfo = { ...started, reason: 'the WebGL context was lost' };
  backend = Promise.resolve(info);
  if (info.name === 'cpu') post({ type: 'slow-only', info, requested: 'webgl' });
  else post({ type: 'backend', info, requested: 'webgl', fellBack: true });
  return info;
}

/** Rebuild the trainer on the CPU engine from the last snapshot (or from the start when there is none). */
async function recover(id: number): Promise<TrainerT | null> {
  const lostAt = lastPosted;
  const snap = saved;
  disposeTrainer();
  saved = null;
  const info = await leaveLostWebgl();
  if (id !== runId || !built || info.name === 'cpu') return null;
  const { Trainer } = await engine;
  trainer = new Trainer({ ...built, backend: info, logEvery: 1, ...(snap ? { resume: snap } : {}) });
  lastPosted = trainer.step;
  post({ type: 'restored', runId: id, step: trainer.step, lostAt });
  if (!snap) postRows(id, (await trainer.advance(0)).rows.map(toMsg));
  await sendEmbedding(id);
  return trainer;
}

async function run(m: Extract<ToWorker, { type: 'run' }>, my: number): Promise<void> {
  const start = trainer;
  if (!start || m.runId !== runId) return;
  let t: TrainerT = start;
  const { webglLost, watchWebgl } = await engine;
  watchWebgl(() => onLost?.());
  let reason: 'paused' | 'target' | 'accuracy' | 'end' = 'paused';
  let first = true;
  while (true) {
    try {
      if (webglLost()) {
        const rebuilt = await recover(m.runId);
        if (!rebuilt) return;
        t = rebuilt;
      }
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
      // A chunk whose readback was cut off by a lost context never settles: race it.
      const out = t.backend.name === 'webgl' ? await raceLoss(t.advance(n)) : await t.advance(n);
      const dt = performance.now() - t0;
      // Rows read from a lost context are not data (zeros, or worse): drop them and recover.
      if (out === null || webglLost()) continue;
      if (n > 0) msPerStep = msPerStep === null ? dt / n : 0.7 * msPerStep + 0.3 * (dt / n);
      if (m.runId !== runId) return;
      postRows(m.runId, out.rows.map(toMsg));
      if (performance.now() - lastEmbeddingAt > EMBEDDING_EVERY_MS) await sendEmbedding(m.runId);
      const last = out.rows[out.rows.length - 1];
      if (m.untilAcc !== null && last && last.testAcc >= m.untilAcc) {
        reason = 'accuracy';
        break;
      }
      if (m.minChunkMs > dt) await sleep(m.minChunkMs - dt);
      else await yieldToMessages();
    } catch (err) {
      // A kernel that failed because the context went away: recover at the top of the loop.
      if (webglLost()) continue;
      if (err instanceof Error && err.name === 'DivergenceError') {
        post({ type: 'diverged', runId: m.runId, step: (err as Error & { step: number }).step, message: err.message });
        return;
      }
      post({ type: 'error', runId: m.runId, message: err instanceof Error ? err.message : String(err) });
      return;
    }
  }
  if (m.runId !== runId) return;
  await sendFinal(m.runId);
  post({ type: 'stopped', runId: m.runId, ticket: m.ticket, step: t.step, reason });
}

/**
 * Tell the page every file this worker fetches: its own script, the engine's chunks, the wasm
 * binary. A worker started before the site's service worker took control of the page fetches
 * past it for its whole life; the page hands the list to the service worker for the offline copy
 * (components/sw-client.ts).
 */
function reportFetched(): void {
  post({ type: 'fetched', urls: [self.location.href] });
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => post({ type: 'fetched', urls: list.getEntries().map((e) => e.name) })).observe({ type: 'resource', buffered: true });
}
reportFetched();

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
