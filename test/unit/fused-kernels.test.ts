// Each kernel of the fused engine (src/lib/engine/fused/assembly/kernels.ts) against a float64
// reference written the plain way, on random shapes whose edges are ragged (sizes that are not
// multiples of the 4-lane vectors nor of the 4 × 8 and 2 × 4 tiles), with guard values around
// every output so that a write past an edge is caught.
import { beforeAll, describe, expect, it } from 'vitest';
import { instantiateFused, loadFusedModule, type FusedExports } from '../../src/lib/engine/fused/module';
import { seeded } from '../support/seeded';

/** The module under test: each build in turn (describe.each below). */
let ex: FusedExports;

const GUARD = 16;
const SENTINEL = -12345.5;

/** A float32 buffer in module memory with GUARD sentinels on both sides. */
function buf(n: number, fill?: (i: number) => number) {
  const ptr = ex.alloc((n + 2 * GUARD) * 4);
  const all = () => new Float32Array(ex.memory.buffer, ptr, n + 2 * GUARD);
  const a = all();
  a.fill(SENTINEL);
  const body = () => new Float32Array(ex.memory.buffer, ptr + GUARD * 4, n);
  if (fill) {
    const b = body();
    for (let i = 0; i < n; i++) b[i] = fill(i);
  } else body().fill(0);
  return {
    ptr: ptr + GUARD * 4,
    get v() {
      return body();
    },
    guardsIntact() {
      const x = all();
      for (let i = 0; i < GUARD; i++) if (x[i] !== SENTINEL || x[n + GUARD + i] !== SENTINEL) return false;
      return true;
    },
  };
}

function i32buf(values: number[]) {
  const ptr = ex.alloc(values.length * 4);
  new Int32Array(ex.memory.buffer, ptr, values.length).set(values);
  return ptr;
}

const U = 2 ** -24; // float32 unit roundoff

/** Worst |got − want| / bound[i] (≤ 1 passes), bound = c·K·u·Σ_k |a_ik||b_kj|, the textbook bound of a float32 dot product. */
function worstOverBound(got: ArrayLike<number>, want: ArrayLike<number>, bound: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (bound[i]! + 1e-30));
  return worst;
}

/** Worst |got − want| / (|want| + scale·1e−3), scale = the largest |want|. */
function worstRel(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < want.length; i++) scale = Math.max(scale, Math.abs(want[i]!));
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (Math.abs(want[i]!) + 1e-3 * scale + 1e-30));
  return worst;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe.each(['simd', 'fma'] as const)('fused kernels (%s build) against float64 references', (variant) => {
  beforeAll(async () => {
    await loadFusedModule(variant);
    ex = instantiateFused(variant);
  });
  const rand = seeded(20261201);
  const r = () => rand() * 2 - 1;
  const SHAPES: [number, number, number][] = [
    [1, 1, 1],
    [3, 5, 7],
    [4, 8, 4],
    [5, 9, 13],
    [7, 3, 2],
    [9, 17, 100],
    [13, 59, 33],
    [59, 100, 59],
    [6, 12, 300], // K > 256: the K-blocked path (store, then add)
  ];

  it('exp and σ: within 3 float32 ulps of Math.exp over the whole range, σ saturating cleanly', () => {
    const xs = [-87, -50, -10.3, -1, -0.5, -1e-3, 0, 1e-6, 0.3466, 0.5, 1, 2.5, 10, 40, 87.9];
    for (let i = 0; i < 200; i++) xs.push(r() * 80);
    const x = buf(xs.length, (i) => xs[i]!);
    const out = buf(xs.length);
    ex.expArray(x.ptr, out.ptr, xs.length);
    const f = Math.fround;
    for (let i = 0; i < xs.length; i++) {
      const want = Math.exp(x.v[i]!);
      expect(Math.abs(out.v[i]! - want) / want).toBeLessThan(3 * 2 ** -23);
    }
    const s = buf(4, (i) => [-200, -30, 30, 200][i]!);
    const so = buf(4);
    ex.sigmoidArray(s.ptr, so.ptr, 4);
    expect(so.v[0]).toBeLessThan(1e-37);
    expect(so.v[1]).toBeCloseTo(f(sigmoid(-30)), 15);
    expect(so.v[2]).toBe(1);
    expect(so.v[3]).toBe(1);
  });

  for (const [M, N, K] of SHAPES) {
    it(`broadcast matmul A·B and Aᵀ·B, ${M} × ${N} × ${K}, with every epilogue`, () => {
      ex.resetHeap();
      const A = buf(M * K, r);
      const At = buf(K * M, (i) => A.v[(i % M) * K + Math.floor(i / M)]!); // Aᵀ stored [K, M]
      const B = buf(K * N, r);
      const want = new Float64Array(M * N);
      const bound = new Float64Array(M * N);
      for (let i = 0; i < M; i++)
        for (let j = 0; j < N; j++) {
          let s = 0;
          let abs = 0;
          for (let k = 0; k < K; k++) {
            s += A.v[i * K + k]! * B.v[k * N + j]!;
            abs += Math.abs(A.v[i * K + k]! * B.v[k * N + j]!);
          }
          want[i * N + j] = s;
          bound[i * N + j] = 2 * (K + 1) * U * abs;
        }
      // A·B (sai = K, sak = 1) and Aᵀ read in place (sai = 1, sak = M).
      const C1 = buf(M * N);
      ex.mmB(M, N, K, A.ptr, K, 1, B.ptr, N, C1.ptr, N, 0);
      const C2 = buf(M * N);
      ex.mmB(M, N, K, At.ptr, 1, M, B.ptr, N, C2.ptr, N, 0);
      expect(worstOverBound(C1.v, want, bound)).toBeLessThan(1);
      expect(worstOverBound(C2.v, want, bound)).toBeLessThan(1);
      expect(C1.guardsIntact() && C2.guardsIntact()).toBe(true);
      // SiLU′ epilogue: C = (A·B) ⊙ (s + h(1 − s)).
      const S = buf(M * N, () => rand());
      const Hh = buf(M * N, r);
      const C3 = buf(M * N);
      ex.setEpilogue(S.ptr, Hh.ptr, 0, 0);
      ex.mmB(M, N, K, A.ptr, K, 1, B.ptr, N, C3.ptr, N, 2);
      const grad = (i: number) => S.v[i]! + Hh.v[i]! * (1 - S.v[i]!);
      const want3 = want.map((x, i) => x * grad(i));
      // The product's error: the dot product's, times SiLU′, plus SiLU′'s own rounding (a few ulps of its terms).
      const bound3 = (i: number) =>
        (bound[i]! + 4 * U * Math.abs(want[i]!)) * Math.abs(grad(i)) + 4 * U * Math.abs(want[i]!) * (Math.abs(S.v[i]!) + Math.abs(Hh.v[i]!));
      expect(
        worstOverBound(
          C3.v,
          want3,
          want3.map((_, i) => bound3(i)),
        ),
      ).toBeLessThan(1);
      expect(C3.guardsIntact()).toBe(true);
      // Scatter epilogue: rows go to table rows ra[i] (first N columns) and rb[i] (last N).
      const T = 5;
      const ra = Array.from({ length: M }, () => Math.floor(rand() * T));
      const rb = Array.from({ length: M }, () => Math.floor(rand() * T));
      const table = buf(T * 2 * N, r);
      const want4 = Float64Array.from(table.v);
      const bound4 = table.v.map((x) => 2 * U * Math.abs(x));
      for (let i = 0; i < M; i++)
        for (let j = 0; j < N; j++) {
          const err = bound3(i * N + j) + 2 * U * M * Math.abs(want3[i * N + j]!);
          want4[ra[i]! * 2 * N + j]! += want3[i * N + j]!;
          want4[rb[i]! * 2 * N + N + j]! += want3[i * N + j]!;
          bound4[ra[i]! * 2 * N + j]! += err;
          bound4[rb[i]! * 2 * N + N + j]! += err;
        }
      ex.setEpilogue(S.ptr, Hh.ptr, i32buf(ra), i32buf(rb));
      ex.mmB(M, N, K, A.ptr, K, 1, B.ptr, N, table.ptr, 2 * N, 3);
      expect(worstOverBound(table.v, want4, bound4)).toBeLessThan(1);
      expect(table.guardsIntact()).toBe(true);
    });

    it(`dot matmul A·Bᵀ + bias, ${M} × ${N} × ${K}, plain and with the SiLU epilogue`, () => {
      ex.resetHeap();
      const A = buf(M * K, r);
      const B = buf(N * K, r); // [out, in], read in place
      const bias = buf(N, r);
      const want = new Float64Array(M * N);
      const bound = new Float64Array(M * N);
      for (let i = 0; i < M; i++)
        for (let j = 0; j < N; j++) {
          let s = bias.v[j]!;
          let abs = Math.abs(s);
          for (let k = 0; k < K; k++) {
            s += A.v[i * K + k]! * B.v[j * K + k]!;
            abs += Math.abs(A.v[i * K + k]! * B.v[j * K + k]!);
          }
          want[i * N + j] = s;
          bound[i * N + j] = 2 * (K + 2) * U * abs;
        }
      const C = buf(M * N);
      ex.mmDot(M, N, K, A.ptr, K, B.ptr, K, C.ptr, N, bias.ptr, 0, 0);
      expect(worstOverBound(C.v, want, bound)).toBeLessThan(1);
      const C0 = buf(M * N);
      ex.mmDot(M, N, K, A.ptr, K, B.ptr, K, C0.ptr, N, 0, 0, 0);
      expect(
        worstOverBound(
          C0.v,
          want.map((x, i) => x - bias.v[i % N]!),
          bound,
        ),
      ).toBeLessThan(1);
      const Hh = buf(M * N);
      const S = buf(M * N);
      ex.mmDot(M, N, K, A.ptr, K, B.ptr, K, Hh.ptr, N, bias.ptr, 1, S.ptr);
      // σ′ ≤ 1/4 and SiLU′ ≤ 1.1: the dot product's error passes through, plus a few ulps of σ itself.
      expect(
        worstOverBound(
          S.v,
          want.map(sigmoid),
          bound.map((b, i) => b / 4 + 4 * U * sigmoid(want[i]!)),
        ),
      ).toBeLessThan(1);
      expect(
        worstOverBound(
          Hh.v,
          want.map((z) => z * sigmoid(z)),
          bound.map((b, i) => 1.1 * b + 6 * U * Math.abs(want[i]! * sigmoid(want[i]!))),
        ),
      ).toBeLessThan(1);
      expect(C.guardsIntact() && C0.guardsIntact() && Hh.guardsIntact() && S.guardsIntact()).toBe(true);
    });
  }

  it('column sums, bias add and layer 0 (broadcast add, σ by table and by exp, SiLU) on ragged widths', () => {
    for (const [M, N] of [
      [1, 1],
      [7, 3],
      [10, 9],
      [33, 100],
    ] as const) {
      ex.resetHeap();
      const A = buf(M * N, r);
      const out = buf(N);
      ex.colSums(M, N, A.ptr, N, out.ptr);
      const want = new Float64Array(N);
      for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) want[j]! += A.v[i * N + j]!;
      expect(worstRel(out.v, want)).toBeLessThan(1e-5);
      expect(out.guardsIntact()).toBe(true);
      const bias = buf(N, r);
      const before = Float64Array.from(A.v);
      ex.addBias(M, N, A.ptr, N, bias.ptr);
      expect(
        worstRel(
          A.v,
          before.map((x, i) => x + bias.v[i % N]!),
        ),
      ).toBeLessThan(1e-6);
      expect(A.guardsIntact()).toBe(true);
      // Layer 0: rows r0..r1 of z = Pb[rb] + Pa[ra], P = [Pa | Pb] with p = 6 rows.
      const p = 6;
      const h = N;
      const P = buf(p * 2 * h, r);
      const ra = Array.from({ length: M }, () => Math.floor(rand() * p));
      const rb = Array.from({ length: M }, () => Math.floor(rand() * p));
      // Both paths: σ through the table e^{−P} (one product per element) and through exp.
      const T = buf(p * 2 * h);
      expect(ex.expTable(p * 2 * h, P.ptr, T.ptr)).toBe(1);
      for (let i = 0; i < p * 2 * h; i++) expect(Math.abs(T.v[i]! - Math.exp(-P.v[i]!)) / Math.exp(-P.v[i]!)).toBeLessThan(3 * U * 2);
      expect(T.guardsIntact()).toBe(true);
      for (const table of [T.ptr, 0]) {
        const S = buf(M * h);
        const Hh = buf(M * h);
        const r0 = Math.floor(M / 3);
        ex.layer0(r0, M, h, P.ptr, table, i32buf(ra), i32buf(rb), S.ptr, Hh.ptr);
        for (let i = 0; i < M; i++)
          for (let j = 0; j < h; j++) {
            if (i < r0) {
              expect(S.v[i * h + j]).toBe(0);
              continue;
            }
            const z = P.v[rb[i]! * 2 * h + h + j]! + P.v[ra[i]! * 2 * h + j]!;
            expect(Math.abs(S.v[i * h + j]! - sigmoid(z))).toBeLessThan(2e-7);
            expect(Math.abs(Hh.v[i * h + j]! - z * sigmoid(z))).toBeLessThan(2e-7 * (1 + Math.abs(z)));
          }
        expect(S.guardsIntact() && Hh.guardsIntact()).toBe(true);
      }
    }
  });

  it('layer 0 refuses the table where a product could overflow (|P| > 80), and the exp path then stays exact', () => {
    ex.resetHeap();
    const h = 5;
    // Pa = −85 and Pb = +84: e^{85}·e^{−84} fits, but another pair could give inf·0 = NaN.
    const P = buf(2 * 2 * h, (i) => (i % (2 * h) < h ? -85 : 84));
    const T = buf(2 * 2 * h);
    expect(ex.expTable(2 * 2 * h, P.ptr, T.ptr)).toBe(0);
    const nanP = buf(4, (i) => (i === 2 ? NaN : 0));
    expect(ex.expTable(4, nanP.ptr, buf(4).ptr)).toBe(0);
    const S = buf(h);
    const Hh = buf(h);
    ex.layer0(0, 1, h, P.ptr, 0, i32buf([0]), i32buf([1]), S.ptr, Hh.ptr);
    for (let j = 0; j < h; j++) {
      expect(S.v[j]).toBeCloseTo(sigmoid(-1), 6);
      expect(Hh.v[j]).toBeCloseTo(-sigmoid(-1), 6);
    }
  });

  it('softmax cross-entropy: loss sum, correct count (first maximum) and gradient rows, tiny losses included', () => {
    for (const p of [1, 3, 4, 7, 59]) {
      ex.resetHeap();
      const rows = 23;
      const labels = Array.from({ length: rows }, () => Math.floor(rand() * p));
      const Z = buf(rows * p, () => r() * 6);
      // Row 0: a confident right answer (loss ≈ 1e−9: 1 − softmax would round to 0 in float32).
      for (let j = 0; j < p; j++) Z.v[j] = j === labels[0] ? 25 : -(j % 3);
      // Row 1: a tie for the maximum (the first index wins, as in tfjs's argMax).
      for (let j = 0; j < p; j++) Z.v[p + j] = 0;
      const z = Float64Array.from(Z.v);
      const correct = ex.alloc(8);
      const scale = Math.fround(1 / 17);
      const sum = ex.softmaxCE(0, rows, p, Z.ptr, i32buf(labels), scale, correct);
      let wantSum = 0;
      let wantCorrect = 0;
      const wantGrad = new Float64Array(rows * p);
      const losses: number[] = [];
      for (let i = 0; i < rows; i++) {
        const row = z.subarray(i * p, i * p + p);
        const m = Math.max(...row);
        const y = labels[i]!;
        // log Σ_j e^{z_j − z_y} = log1p(Σ_{j≠y} e^{z_j − z_y}): no cancellation when y wins.
        const loss = Math.log1p(row.reduce((s, v, j) => (j === y ? s : s + Math.exp(v - row[y]!)), 0));
        const lse = loss + row[y]!;
        losses.push(loss);
        wantSum += loss;
        if (row.indexOf(m) === y) wantCorrect++;
        for (let j = 0; j < p; j++) wantGrad[i * p + j] = (Math.exp(row[j]! - lse) - (j === y ? 1 : 0)) * scale;
      }
      expect(Math.abs(sum - wantSum) / Math.max(wantSum, 1e-12)).toBeLessThan(1e-6);
      if (p > 1) expect(Math.abs(losses[0]! - (sum - losses.slice(1).reduce((a, b) => a + b, 0)))).toBeLessThan(1e-5);
      expect(new Int32Array(ex.memory.buffer, correct, 1)[0]).toBe(wantCorrect);
      expect(worstRel(Z.v, wantGrad)).toBeLessThan(1e-5);
      expect(Z.guardsIntact()).toBe(true);
      if (p > 1) {
        // The tiny loss itself, to a few float32 ulps (not swamped by rounding of 1 − p_y).
        const single = buf(p, (j) => (j === labels[0] ? 25 : -(j % 3)));
        const c2 = ex.alloc(8);
        const tiny = ex.softmaxCE(0, 1, p, single.ptr, i32buf([labels[0]!]), 0, c2);
        expect(Math.abs(tiny - losses[0]!) / losses[0]!).toBeLessThan(1e-5);
        expect(tiny).toBeGreaterThan(0);
      }
    }
  });

  // Tiny values are stored as 0 (kernels.ts, TINY): WebAssembly cannot switch subnormals off, and
  // products of two tiny normal values fell below FLT_MIN inside the matmuls late in long runs
  // (4–5× slower steps from step ~9,000). Every stored activation, σ, weight and gradient entry
  // is therefore 0 or at least 2⁻⁶⁰, so that any product of two of them is a normal float.
  const TINY = 2 ** -60;
  const zeroOrAbove = (xs: ArrayLike<number>, limit: number) => Array.from(xs).every((x) => x === 0 || Math.abs(x) >= limit || Number.isNaN(x));

  it('softmax gradient: entries below 2⁻⁶⁰ are stored as 0, the others kept exact, NaN passes through', () => {
    // Logits from −20 to −49 put the exact gradients e^{D_j − Dmax}·p_y/n on both sides of
    // 2⁻⁶⁰, in the vector body and in the ragged tail (p = 59 = 14 vectors + 3).
    const p = 59;
    const y = 5;
    ex.resetHeap();
    const logits = Array.from({ length: p }, (_, j) => (j === y ? 0 : -20 - j * 0.5));
    const Z = buf(2 * p, (i) => (i < p ? logits[i]! : i - p === 3 ? Number.NaN : 0));
    const scale = Math.fround(1 / 2785);
    const sum = ex.softmaxCE(0, 2, p, Z.ptr, i32buf([y, y]), scale, ex.alloc(8));
    const lse = Math.log1p(logits.reduce((s, v, j) => (j === y ? s : s + Math.exp(v)), 0));
    let flushed = 0;
    let kept = 0;
    for (let j = 0; j < p; j++) {
      if (j === y) continue;
      const want = Math.exp(logits[j]! - lse) * scale;
      const got = Z.v[j]!;
      if (want < TINY * (1 - 1e-5)) {
        expect(got, `entry ${j}`).toBe(0);
        flushed++;
      } else if (want > TINY * (1 + 1e-5)) {
        expect(Math.abs(got - want) / want, `entry ${j}`).toBeLessThan(1e-5);
        kept++;
      }
    }
    // Both kinds occur, and in the tail as well as the vector body.
    expect(flushed).toBeGreaterThan(5);
    expect(kept).toBeGreaterThan(5);
    expect(Z.v[p - 1]).toBe(0);
    // The true class's entry, (p_y − 1)/n = expm1(−loss)/n: small, yet above 2⁻⁶⁰ here.
    const wantY = Math.expm1(-lse) * scale;
    expect(Math.abs(Z.v[y]! - wantY) / Math.abs(wantY)).toBeLessThan(1e-5);
    // A NaN logit makes the loss and its row's gradient NaN; the flush must not hide it as 0.
    expect(Number.isNaN(sum)).toBe(true);
    expect(Array.from(Z.v.subarray(p, 2 * p)).some(Number.isNaN)).toBe(true);
    expect(Z.guardsIntact()).toBe(true);
  });

  it('SiLU in layers 0 and 1: σ and the activation below 2⁻⁶⁰ are stored as 0, the others exact', () => {
    // z = −30 keeps σ ≈ 9e−14 and z·σ; z = −45 gives σ ≈ 3e−20 (stored 0) but z·σ ≈ −1.3e−18
    // (kept); z = −50 stores both as 0; z = 2 is ordinary. A fifth column exercises the ragged tail.
    const zs = [-30, -45, -50, 2, -50];
    const n = zs.length;
    const check = (S: Float32Array, H: Float32Array) => {
      for (let j = 0; j < n; j++) {
        const z = zs[j]!;
        const s = sigmoid(z);
        const wantS = s < TINY ? 0 : s;
        const wantH = Math.abs(z * s) < TINY ? 0 : z * s;
        if (wantS === 0) expect(S[j], `σ(${z})`).toBe(0);
        else expect(Math.abs(S[j]! - wantS) / wantS, `σ(${z})`).toBeLessThan(1e-5);
        if (wantH === 0) expect(H[j], `z·σ(${z})`).toBe(0);
        else expect(Math.abs(H[j]! - wantH) / Math.abs(wantH)).toBeLessThan(1e-5);
      }
      expect(S[1]).toBe(0);
      expect(H[1]).not.toBe(0);
    };
    ex.resetHeap();
    // Layer 1: mmDot's SiLU epilogue, z = 1 · B[j] + 0.
    const A = buf(1, () => 1);
    const B = buf(n, (j) => zs[j]!);
    const S1 = buf(n);
    const H1 = buf(n);
    ex.mmDot(1, n, 1, A.ptr, 1, B.ptr, 1, H1.ptr, n, 0, 1, S1.ptr);
    check(S1.v, H1.v);
    // Layer 0, with the e^{−P} table and with an exp per element: z = Pa[0] + Pb[0], each half of z.
    const P = buf(2 * n, (i) => zs[i % n]! / 2);
    const T = buf(2 * n);
    expect(ex.expTable(2 * n, P.ptr, T.ptr)).toBe(1);
    for (const table of [T.ptr, 0]) {
      const S0 = buf(n);
      const H0 = buf(n);
      ex.layer0(0, 1, n, P.ptr, table, i32buf([0]), i32buf([0]), S0.ptr, H0.ptr);
      check(S0.v, H0.v);
      expect(S0.guardsIntact() && H0.guardsIntact()).toBe(true);
    }
    expect(S1.guardsIntact() && H1.guardsIntact()).toBe(true);
  });

  it('backward epilogues: gradient entries below 2⁻⁶⁰ are stored as 0 (SiLU′ and the scatter into [dPa | dPb])', () => {
    // C = (1 · B) ⊙ (s + h(1 − s)) with h = 0, so C = B ⊙ s: 1e−10·1e−9 = 1e−19 < 2⁻⁶⁰ → 0.
    ex.resetHeap();
    const n = 5;
    const A = buf(1, () => 1);
    const B = buf(n, (j) => [1e-10, 1e-10, 1, 1, 1e-12][j]!);
    const S = buf(n, (j) => [1e-9, 1, 1, 0.5, 1e-8][j]!);
    const H = buf(n);
    ex.setEpilogue(S.ptr, H.ptr, 0, 0);
    const C = buf(n);
    ex.mmB(1, n, 1, A.ptr, 1, 1, B.ptr, n, C.ptr, n, 2);
    expect(Array.from(C.v)).toEqual([0, Math.fround(1e-10), 1, 0.5, 0]);
    // The scatter epilogue: the same values summed into row a's dPa and row b's dPb.
    const DP = buf(2 * n);
    ex.setEpilogue(S.ptr, H.ptr, i32buf([0]), i32buf([0]));
    ex.mmB(1, n, 1, A.ptr, 1, 1, B.ptr, n, DP.ptr, 2 * n, 3);
    expect(Array.from(DP.v)).toEqual([0, Math.fround(1e-10), 1, 0.5, 0, 0, Math.fround(1e-10), 1, 0.5, 0]);
    expect(C.guardsIntact() && DP.guardsIntact()).toBe(true);
  });

  it('AdamW: weights below 2⁻⁶⁰, m below 2⁻¹⁰⁰ and v below 2⁻¹²⁰ are stored as 0, in the vector body and the tail', () => {
    ex.resetHeap();
    // With g = 0: θ ← θ·(1 − lr·wd) − step·m/(√v/bc2 + ε), m ← 0.9·m, v ← 0.999·v.
    const n = 5;
    const theta = buf(n, (i) => [2e-18, 8.7e-19, 1e-19, 0.5, 1e-19][i]!);
    const m = buf(n, (i) => [1e-29, 8e-31, 0, 0, 8e-31][i]!);
    const v = buf(n, (i) => [1e-35, 7.5e-37, 0, 0, 7.5e-37][i]!);
    const g = buf(n);
    ex.adamw(n, theta.ptr, m.ptr, v.ptr, g.ptr, 0.995, 0.1, 0.999, 0.001, 0.01, 1, 1e-8);
    // θ: 2e−18·0.995 stays; 8.7e−19·0.995 < 2⁻⁶⁰ and 1e−19 become 0 (index 4: the scalar tail).
    expect(theta.v[0]).toBeGreaterThan(TINY);
    expect([theta.v[1], theta.v[2], theta.v[4]]).toEqual([0, 0, 0]);
    expect(theta.v[3]).toBeCloseTo(0.4975, 6);
    expect(m.v[0]).toBeCloseTo(9e-30, 35);
    expect([m.v[1], m.v[4]]).toEqual([0, 0]);
    expect(v.v[0]).toBeGreaterThan(2 ** -120);
    expect([v.v[1], v.v[4]]).toEqual([0, 0]);
    expect(zeroOrAbove(theta.v, TINY) && zeroOrAbove(m.v, 2 ** -100) && zeroOrAbove(v.v, 2 ** -120)).toBe(true);
    expect(theta.guardsIntact() && m.guardsIntact() && v.guardsIntact()).toBe(true);
  });

  it('AdamW: one pass equals the PyTorch formula evaluated in float64 to float32 rounding', () => {
    ex.resetHeap();
    for (const n of [1, 5, 8, 103]) {
      const theta = buf(n, r);
      const m = buf(n, (i) => r() * 1e-2 * (i % 3));
      const v = buf(n, (i) => rand() * 1e-4 * (i % 2));
      const g = buf(n, r);
      const t0 = Float64Array.from(theta.v);
      const m0 = Float64Array.from(m.v);
      const v0 = Float64Array.from(v.v);
      const lr = 0.01;
      const wd = 0.5;
      const t = 7;
      const bc1 = 1 - 0.9 ** t;
      const bc2 = 1 - 0.999 ** t;
      ex.adamw(n, theta.ptr, m.ptr, v.ptr, g.ptr, 1 - lr * wd, 0.1, 0.999, 0.001, lr / bc1, Math.sqrt(bc2), 1e-8);
      for (let i = 0; i < n; i++) {
        const gi = g.v[i]!;
        const mi = m0[i]! + (gi - m0[i]!) * 0.1;
        const vi = 0.999 * v0[i]! + 0.001 * gi * gi;
        const ti = t0[i]! * (1 - lr * wd) - (lr / bc1) * (mi / (Math.sqrt(vi) / Math.sqrt(bc2) + 1e-8));
        // Bounds: a few roundings of each term's size (float32 throughout, scalars rounded too).
        expect(Math.abs(m.v[i]! - mi)).toBeLessThan(4 * U * (Math.abs(m0[i]!) + Math.abs(gi)));
        expect(Math.abs(v.v[i]! - vi)).toBeLessThan(4 * U * (v0[i]! + 0.001 * gi * gi) + 1e-45);
        const update = (lr / bc1) * Math.abs(mi / (Math.sqrt(vi) / Math.sqrt(bc2) + 1e-8));
        expect(Math.abs(theta.v[i]! - ti)).toBeLessThan(4 * U * Math.abs(t0[i]!) + 1e-5 * update);
      }
      expect(theta.guardsIntact() && m.guardsIntact() && v.guardsIntact()).toBe(true);
    }
  });
});
