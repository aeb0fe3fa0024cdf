/**
 * The fused module's own matmul throughput on the step's largest shape ([p², h] × [h, h],
 * p = 59, h = 100), for the benchmark's "share of matmul peak" column: what the step reaches
 * against what its best kernel reaches alone on the same machine.
 */
import { instantiateFused, type FusedVariant } from './module';

export function fusedMatmulGflops(variant: FusedVariant, rows = 3481, h = 100, repeats = 15): number {
  const ex = instantiateFused(variant);
  const fill = (n: number) => {
    const ptr = ex.alloc(n * 4);
    const v = new Float32Array(ex.memory.buffer, ptr, n);
    for (let i = 0; i < n; i++) v[i] = ((i * 7919) % 1000) / 1000 - 0.5;
    return ptr;
  };
  const a = fill(rows * h);
  const b = fill(h * h);
  const c = fill(rows * h);
  const times: number[] = [];
  for (let i = 0; i < repeats + 3; i++) {
    const t0 = performance.now();
    ex.mmB(rows, h, h, a, h, 1, b, h, c, h, 0);
    if (i >= 3) times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return (2 * rows * h * h) / (times[Math.floor(times.length / 2)]! * 1e6);
}
