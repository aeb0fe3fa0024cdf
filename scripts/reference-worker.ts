/**
 * A worker process of `npm run reference`: receives run specs from the parent, computes each
 * with the reference engine (src/reference/engine.ts: tfjs-wasm for now), writes it to the
 * given cache folder, and reports progress.
 */
import { startBackend } from '../src/lib/engine/backend';
import { REFERENCE_BACKEND } from '../src/reference/engine';
import { computeRun } from '../src/reference/compute';
import { writeCached, serialise } from '../src/reference/cache';
import type { RunSpec } from '../src/reference/spec';

/** `dir`: the cache folder to write to (the pipeline's --cache-dir, reference/cache by default). */
type Job = { spec: RunSpec; write: boolean; dir: string };

const backendReady = startBackend(REFERENCE_BACKEND).then((b) => {
  // No silent fallback: a run computed on another engine would not match its cache key.
  if (b.name !== REFERENCE_BACKEND) throw new Error(`reference engine ${REFERENCE_BACKEND} unavailable (got ${b.name})`);
  return b;
});

/**
 * The parent that forked this worker. If it dies on its own (a plain `kill PID`, the OOM killer),
 * the worker must not go on computing a run nobody will collect: the closed IPC channel is only
 * noticed when the event loop turns, which a run never lets it do, but getppid() changes at once.
 */
const parentPid = process.ppid;

process.on('message', async (job: Job) => {
  const backend = await backendReady;
  try {
    let last = 0;
    const run = await computeRun(job.spec, backend, (step) => {
      if (process.ppid !== parentPid) process.exit(1);
      process.send!({ type: 'progress', id: job.spec.id, delta: step - last });
      last = step;
    });
    if (job.write) writeCached(run, job.dir);
    process.send!({ type: 'done', id: job.spec.id, bytes: job.write ? undefined : serialise(run) });
  } catch (err) {
    process.send!({ type: 'error', id: job.spec.id, message: String((err as Error)?.stack ?? err) });
  }
});
process.send!({ type: 'ready' });
