// The shared training client (src/islands/training/client.ts) against a scripted stand-in for
// the worker: the handshake settles on every answer (ready, slow-only, no engine, a crash), a
// run request waits for the engine, and messages of a superseded run or request are dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainingClient, FETCHED_EVENT } from '../../src/islands/training/client';
import type { FromWorker, ToWorker } from '../../src/islands/training/protocol';
import type { BackendInfo } from '../../src/lib/engine/backend';
import { makeConfig } from '../../src/lib/config';

class FakeWorker {
  static last: FakeWorker | null = null;
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: ToWorker): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(m: FromWorker): void {
    this.onmessage?.({ data: m });
  }
}

const wasm: BackendInfo = { name: 'wasm', precision: 'float32', reason: 'test' } as BackendInfo;
const cpu: BackendInfo = { name: 'cpu', precision: 'float32', reason: 'no WebGL, no WebAssembly' } as BackendInfo;
const worker = () => FakeWorker.last!;

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.last = null;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TrainingClient', () => {
  it('settles the handshake with "slow-only" and stops the worker when only the CPU engine starts', async () => {
    const slowOnly = vi.fn();
    const client = new TrainingClient({ slowOnly });
    const answer = client.start('auto');
    expect(worker().sent).toEqual([{ type: 'backend', choice: 'auto' }]);
    client.run({ target: 10, untilAcc: null, chunk: 'auto', minChunkMs: 0 });
    worker().say({ type: 'slow-only', info: cpu, requested: 'auto' });
    await expect(answer).resolves.toEqual({ kind: 'slow-only', info: cpu });
    expect(slowOnly).toHaveBeenCalledWith(cpu, 'auto');
    expect(worker().terminated).toBe(true);
    expect(client.started).toBe(false);
    // The held run request was dropped, not sent to a worker that trains on nothing.
    expect(worker().sent.some((m) => m.type === 'run')).toBe(false);
  });

  it('rejects the handshake when no engine starts, and when the worker fails before answering', async () => {
    const unavailable = vi.fn();
    const client = new TrainingClient({ unavailable });
    const answer = client.start('wasm');
    worker().say({ type: 'backend-error', message: 'no wasm' });
    await expect(answer).rejects.toThrow('no wasm');
    expect(unavailable).toHaveBeenCalledWith('no wasm');
    expect(client.started).toBe(false);

    const error = vi.fn();
    const again = new TrainingClient({ error });
    const second = again.start('auto');
    worker().onerror?.({ message: 'script failed', preventDefault: () => undefined });
    await expect(second).rejects.toThrow('script failed');
    expect(error).toHaveBeenCalledWith('script failed');
  });

  it('holds a run request until the engine is up, then sends it with the current run and ticket', async () => {
    const backend = vi.fn();
    const client = new TrainingClient({ backend });
    const answer = client.start('auto');
    client.configure(makeConfig({ p: 13, d: 8, steps: 20 }));
    client.run({ target: 20, untilAcc: null, chunk: 5, minChunkMs: 0 });
    expect(worker().sent.map((m) => m.type)).toEqual(['backend', 'configure']);
    worker().say({ type: 'backend', info: wasm, requested: 'auto', fellBack: false });
    await expect(answer).resolves.toEqual({ kind: 'ready', info: wasm, fellBack: false });
    expect(backend).toHaveBeenCalledWith(wasm, 'auto', false);
    const configure = worker().sent[1] as Extract<ToWorker, { type: 'configure' }>;
    const run = worker().sent[2] as Extract<ToWorker, { type: 'run' }>;
    expect(run).toMatchObject({ type: 'run', runId: configure.runId, target: 20, chunk: 5 });
    expect(client.backend).toEqual(wasm);
  });

  it('drops messages of a superseded run and the "stopped" of a superseded request', () => {
    const rows = vi.fn();
    const stopped = vi.fn();
    const client = new TrainingClient({ rows, stopped });
    void client.start('auto');
    worker().say({ type: 'backend', info: wasm, requested: 'auto', fellBack: false });
    client.configure(makeConfig({ p: 13, d: 8, steps: 20 }));
    const first = (worker().sent.at(-1) as Extract<ToWorker, { type: 'configure' }>).runId;
    client.configure(makeConfig({ p: 13, d: 8, steps: 30 }));
    const second = (worker().sent.at(-1) as Extract<ToWorker, { type: 'configure' }>).runId;
    expect(second).not.toBe(first);
    const row = { step: 0, trainLoss: 1, testLoss: 1, trainAcc: 0, testAcc: 0, signals: new Float64Array(6) };
    worker().say({ type: 'rows', runId: first, rows: [row], msPerStep: null });
    expect(rows).not.toHaveBeenCalled();
    worker().say({ type: 'rows', runId: second, rows: [row], msPerStep: 2 });
    expect(rows).toHaveBeenCalledTimes(1);

    client.run({ target: 10, untilAcc: null, chunk: 1, minChunkMs: 0 });
    const older = (worker().sent.at(-1) as Extract<ToWorker, { type: 'run' }>).ticket;
    client.run({ target: 30, untilAcc: null, chunk: 1, minChunkMs: 0 });
    const newer = (worker().sent.at(-1) as Extract<ToWorker, { type: 'run' }>).ticket;
    worker().say({ type: 'stopped', runId: second, ticket: older, step: 10, reason: 'target' });
    expect(stopped).not.toHaveBeenCalled();
    worker().say({ type: 'stopped', runId: second, ticket: newer, step: 30, reason: 'end' });
    expect(stopped).toHaveBeenCalledWith(30, 'end');
  });

  it('passes the files the worker fetched on to the offline layer as an event', () => {
    const events: string[][] = [];
    const target = new EventTarget();
    vi.stubGlobal('dispatchEvent', (e: Event) => target.dispatchEvent(e));
    target.addEventListener(FETCHED_EVENT, (e) => events.push((e as CustomEvent<string[]>).detail));
    const client = new TrainingClient({});
    void client.start('auto');
    worker().say({ type: 'fetched', urls: ['http://x.test/_astro/training.worker-1.js'] });
    expect(events).toEqual([['http://x.test/_astro/training.worker-1.js']]);
  });
});
