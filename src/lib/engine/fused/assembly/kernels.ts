// AssemblyScript: the fused engine's building blocks (f32, WebAssembly SIMD v128).
// Every kernel is exported so that test/unit/fused-kernels.test.ts can check it on its own
// against a float64 reference; step.ts chains them into one training step.
//
// Register budget: x64 engines have 16 vector registers, so every tile keeps at most
// 8 accumulators live (4 × 8 for the broadcast kernel, 2 × 4 for the dot kernel).

/** Bump allocation, 16-byte aligned, with 16 bytes of slack after each buffer: tiles on a
 *  ragged edge load a full vector and keep only the lanes that exist. */
export function alloc(bytes: i32): usize {
  const ptr = heap.alloc(<usize>(((bytes + 15) & ~15) + 16));
  memory.fill(ptr, 0, <usize>(((bytes + 15) & ~15) + 16));
  return ptr;
}

export function resetHeap(): void {
  heap.reset();
}

// ---------------------------------------------------------------------------------------------
// exp and the sigmoid, four lanes at once (Cephes expf: Cody–Waite reduction, degree-6
// polynomial, about 1 ulp). Scalars go through the same code so that a value never depends on
// whether it sat in a vector body or a ragged tail.

// The constants sit in memory, four copies each, and are loaded where used: a v128.const inside
// a loop costs V8 several instructions on every use, a load from L1 costs one.
const EXP_CONST: usize = memory.data<f32>([
  88.0, 88.0, 88.0, 88.0, // 0: upper clamp
  -87.33654, -87.33654, -87.33654, -87.33654, // 16: lower clamp
  12582912.0, 12582912.0, 12582912.0, 12582912.0, // 32: 1.5·2²³
  1.44269504088896341, 1.44269504088896341, 1.44269504088896341, 1.44269504088896341, // 48: log2 e
  0.693359375, 0.693359375, 0.693359375, 0.693359375, // 64: ln 2, high part
  -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, -2.12194440e-4, // 80: ln 2, low part
  1.9875691500e-4, 1.9875691500e-4, 1.9875691500e-4, 1.9875691500e-4, // 96: polynomial
  1.3981999507e-3, 1.3981999507e-3, 1.3981999507e-3, 1.3981999507e-3, // 112
  8.3334519073e-3, 8.3334519073e-3, 8.3334519073e-3, 8.3334519073e-3, // 128
  4.1665795894e-2, 4.1665795894e-2, 4.1665795894e-2, 4.1665795894e-2, // 144
  1.6666665459e-1, 1.6666665459e-1, 1.6666665459e-1, 1.6666665459e-1, // 160
  5.0000001201e-1, 5.0000001201e-1, 5.0000001201e-1, 5.0000001201e-1, // 176
  1.0, 1.0, 1.0, 1.0, // 192: one
], 16);

/** 127 in each i32 lane: the exponent bias. */
const EXP_BIAS: usize = memory.data<i32>([127, 127, 127, 127], 16);

@inline
function ec(offset: usize): v128 {
  return v128.load(EXP_CONST + offset);
}

/**
 * c + a·b, for the matmul accumulations. Built with relaxed SIMD (fused-step-fma.wasm), one fused
 * multiply-add, rounded once; built without (fused-step.wasm), a product and a sum, rounded twice.
 * The two modules therefore differ in the last bits, and each is its own engine (backend.ts).
 */
@inline
function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(c, f32x4.mul(a, b));
}

/** y·r + c, one step of exp's polynomial: fused as madd is (the plain build's operand order kept). */
@inline
function hornerStep(y: v128, r: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(y, r, c);
  return f32x4.add(f32x4.mul(y, r), c);
}

@inline
function exp4(x0: v128): v128 {
  // pmin/pmax are single instructions (min/max proper need NaN fix-ups on x64).
  const x = f32x4.pmax(f32x4.pmin(x0, ec(0)), ec(16));
  // n = round(x·log2 e) by the 1.5·2²³ trick: t's low mantissa bits hold n as an integer,
  // which saves a rounding and a saturating conversion.
  const magic = ec(32);
  const t = f32x4.add(f32x4.mul(x, ec(48)), magic);
  const n = f32x4.sub(t, magic);
  let r = f32x4.sub(x, f32x4.mul(n, ec(64)));
  r = f32x4.sub(r, f32x4.mul(n, ec(80)));
  const z = f32x4.mul(r, r);
  let y = ec(96);
  y = hornerStep(y, r, ec(112));
  y = hornerStep(y, r, ec(128));
  y = hornerStep(y, r, ec(144));
  y = hornerStep(y, r, ec(160));
  y = hornerStep(y, r, ec(176));
  y = f32x4.add(f32x4.add(f32x4.mul(y, z), r), ec(192));
  const pow2n = i32x4.shl(i32x4.add(i32x4.sub(t, magic), v128.load(EXP_BIAS)), 23);
  return f32x4.mul(y, pow2n);
}

// Tiny values stored as 0. WebAssembly has no flush-to-zero mode, and x64 CPUs take a slow path
// (~100 cycles) for every subnormal operand or result. In long runs, weight decay shrinks dead
// units' weights by (1 − lr·wd) per step (to ~1e−20 by step 9,000 at the paper's settings), and
// their products with small activations and gradients fell below FLT_MIN inside the matmuls:
// steps ran 4–5 times slower from step ~9,000 on (d = 128, p = 59). So activations, σ, weights
// and gradient entries below TINY = 2⁻⁶⁰ are stored as 0: the product of any two stored values
// is then 0 or at least 2⁻¹²⁰, a normal float32. Against the values beside them (order 1e−3 and
// up), such entries are below float32's last bit, so results change only where everything is tiny.
// AdamW's moments decay on their own (m by β1, v by β2 per step): m below 2⁻¹⁰⁰ moves θ by
// under lr·2⁻¹⁰⁰/ε, and v below 2⁻¹²⁰ changes √v by under 2⁻⁶⁰, far below ε's last bit.

/** Lanes with |v| < limit set to 0 (NaN kept, as comparisons with NaN are false). */
@inline
function below0(v: v128, limit: f32): v128 {
  return v128.andnot(v, f32x4.lt(f32x4.abs(v), f32x4.splat(limit)));
}

/** 2⁻⁶⁰: activations, σ, weights and gradient entries below it are stored as 0. */
const TINY: f32 = 8.673617379884035e-19;
/** 2⁻¹⁰⁰ and 2⁻¹²⁰: AdamW's first and second moments below these are stored as 0. */
const TINY_M: f32 = 7.888609052210118e-31;
const TINY_V: f32 = 7.52316384526264e-37;

@inline
function tiny0(v: v128): v128 {
  return below0(v, TINY);
}

/** below0 for one value (ragged tails), through the same vector code so that tails never differ. */
@inline
function below1(x: f32, limit: f32): f32 {
  return f32x4.extract_lane(below0(f32x4.splat(x), limit), 0);
}

@inline
function sigmoid4(z: v128): v128 {
  const one = ec(192);
  return f32x4.div(one, f32x4.add(one, exp4(f32x4.neg(z))));
}

@inline
function exp1(x: f32): f32 {
  return f32x4.extract_lane(exp4(f32x4.splat(x)), 0);
}

/** out[i] = exp(x[i]) (for tests). */
export function expArray(x: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), exp1(load<f32>(x + (<usize>i << 2))));
}

/** out[i] = σ(x[i]) (for tests). */
export function sigmoidArray(x: usize, out: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    store<f32>(out + (<usize>i << 2), f32x4.extract_lane(sigmoid4(f32x4.splat(load<f32>(x + (<usize>i << 2)))), 0));
  }
}

// ---------------------------------------------------------------------------------------------
// Partial vectors on ragged edges.

@inline
function storePartial(ptr: usize, v: v128, lanes: i32): void {
  if (lanes >= 4) {
    v128.store(ptr, v);
    return;
  }
  store<f32>(ptr, f32x4.extract_lane(v, 0));
  if (lanes > 1) store<f32>(ptr, f32x4.extract_lane(v, 1), 4);
  if (lanes > 2) store<f32>(ptr, f32x4.extract_lane(v, 2), 8);
}

@inline
function loadPartial(ptr: usize, lanes: i32): v128 {
  if (lanes >= 4) return v128.load(ptr);
  let v = f32x4.splat(0);
  v = f32x4.replace_lane(v, 0, load<f32>(ptr));
  if (lanes > 1) v = f32x4.replace_lane(v, 1, load<f32>(ptr, 4));
  if (lanes > 2) v = f32x4.replace_lane(v, 2, load<f32>(ptr, 8));
  return v;
}

// ---------------------------------------------------------------------------------------------
// Broadcast matmul: C[i, j] = Σ_k A[i·sai + k·sak] · B[k·ldb + j], i < M, j < N, k < K.
// The strides of A make both A·B (sai = lda, sak = 1) and Aᵀ·B (sai = 1, sak = lda) one kernel:
// transposed operands are read in place. Vectors run along j; A's scalars are splatted.
//
// Epilogues (mode):
//   MODE_STORE     C = acc
//   MODE_ADD       C += acc (used for K blocking)
//   MODE_SILU_GRAD C = acc · (s + h(1 − s)) with s = S[i·ldc + j], h = H[i·ldc + j] (SiLU′)
//   MODE_SCATTER   dz = acc · SiLU′ as above; C[ra[i]·ldc + j] += dz; C[rb[i]·ldc + N + j] += dz
//                  (layer 0's backward: the gradient of the p × 2h table [Pa | Pb]).

export const MODE_STORE: i32 = 0;
export const MODE_ADD: i32 = 1;
export const MODE_SILU_GRAD: i32 = 2;
export const MODE_SCATTER: i32 = 3;

let epS: usize = 0;
let epH: usize = 0;
let epRowA: usize = 0;
let epRowB: usize = 0;

/** Inputs of the SILU_GRAD and SCATTER epilogues. */
export function setEpilogue(s: usize, h: usize, rowA: usize, rowB: usize): void {
  epS = s;
  epH = h;
  epRowA = rowA;
  epRowB = rowB;
}

@inline
function siluGrad4(idx: usize): v128 {
  const s = v128.load(epS + (idx << 2));
  const h = v128.load(epH + (idx << 2));
  return f32x4.add(s, f32x4.mul(h, f32x4.sub(f32x4.splat(1.0), s)));
}

@inline
function emitB(mode: i32, C: usize, ldc: i32, N: i32, i: i32, j: i32, v: v128, lanes: i32): void {
  const idx = <usize>(i * ldc + j);
  if (mode == MODE_STORE) {
    storePartial(C + (idx << 2), v, lanes);
  } else if (mode == MODE_ADD) {
    const c = C + (idx << 2);
    storePartial(c, f32x4.add(loadPartial(c, lanes), v), lanes);
  } else if (mode == MODE_SILU_GRAD) {
    storePartial(C + (idx << 2), tiny0(f32x4.mul(v, siluGrad4(idx))), lanes);
  } else {
    // S and H are M × N; C is the p × 2N table [dPa | dPb] (ldc = 2N).
    const dz = tiny0(f32x4.mul(v, siluGrad4(<usize>(i * N + j))));
    const pa = C + (<usize>(load<i32>(epRowA + (<usize>i << 2)) * ldc + j) << 2);
    const pb = C + (<usize>(load<i32>(epRowB + (<usize>i << 2)) * ldc + N + j) << 2);
    storePartial(pa, f32x4.add(loadPartial(pa, lanes), dz), lanes);
    storePartial(pb, f32x4.add(loadPartial(pb, lanes), dz), lanes);
  }
}

/** K is cut into blocks of this many rows when the epilogue allows it (plain stores): a block of
 *  B then stays in cache while every tile of C passes over it. */
const K_BLOCK: i32 = 256;

export function mmB(M: i32, N: i32, K: i32, A: usize, sai: i32, sak: i32, B: usize, ldb: i32, C: usize, ldc: i32, mode: i32): void {
  if (mode == MODE_STORE && K > K_BLOCK) {
    for (let k0 = 0; k0 < K; k0 += K_BLOCK) {
      const kb = min(K_BLOCK, K - k0);
      mmBBlock(M, N, kb, A + (<usize>(k0 * sak) << 2), sai, sak, B + (<usize>(k0 * ldb) << 2), ldb, C, ldc, k0 == 0 ? MODE_STORE : MODE_ADD);
    }
    return;
  }
  mmBBlock(M, N, K, A, sai, sak, B, ldb, C, ldc, mode);
}

function mmBBlock(M: i32, N: i32, K: i32, A: usize, sai: i32, sak: i32, B: usize, ldb: i32, C: usize, ldc: i32, mode: i32): void {
  const sai4 = <usize>sai << 2;
  const sak4 = <usize>sak << 2;
  const ldb4 = <usize>ldb << 2;
  for (let i0 = 0; i0 < M; i0 += 4) {
    const rows = min(4, M - i0);
    // Rows past M repeat row i0 (valid memory); their results are never stored.
    const a0 = A + <usize>i0 * sai4;
    const a1 = rows > 1 ? a0 + sai4 : a0;
    const a2 = rows > 2 ? a0 + 2 * sai4 : a0;
    const a3 = rows > 3 ? a0 + 3 * sai4 : a0;
    let j0 = 0;
    for (; j0 + 8 <= N; j0 += 8) {
      let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
      let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
      let bp = B + (<usize>j0 << 2);
      let ko: usize = 0;
      for (let k = 0; k < K; k++) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        let a = v128.load32_splat(a0 + ko);
        c00 = madd(a, b0, c00);
        c01 = madd(a, b1, c01);
        a = v128.load32_splat(a1 + ko);
        c10 = madd(a, b0, c10);
        c11 = madd(a, b1, c11);
        a = v128.load32_splat(a2 + ko);
        c20 = madd(a, b0, c20);
        c21 = madd(a, b1, c21);
        a = v128.load32_splat(a3 + ko);
        c30 = madd(a, b0, c30);
        c31 = madd(a, b1, c31);
        bp += ldb4;
        ko += sak4;
      }
      emitB(mode, C, ldc, N, i0, j0, c00, 4);
      emitB(mode, C, ldc, N, i0, j0 + 4, c01, 4);
      if (rows > 1) {
        emitB(mode, C, ldc, N, i0 + 1, j0, c10, 4);
        emitB(mode, C, ldc, N, i0 + 1, j0 + 4, c11, 4);
      }
      if (rows > 2) {
        emitB(mode, C, ldc, N, i0 + 2, j0, c20, 4);
        emitB(mode, C, ldc, N, i0 + 2, j0 + 4, c21, 4);
      }
      if (rows > 3) {
        emitB(mode, C, ldc, N, i0 + 3, j0, c30, 4);
        emitB(mode, C, ldc, N, i0 + 3, j0 + 4, c31, 4);
      }
    }
    for (; j0 < N; j0 += 4) {
      const lanes = min(4, N - j0);
      let c0 = f32x4.splat(0), c1 = f32x4.splat(0), c2 = f32x4.splat(0), c3 = f32x4.splat(0);
      let bp = B + (<usize>j0 << 2);
      let ko: usize = 0;
      // Lanes past N read the slack after B (or B's next row): lane-wise garbage, never stored.
      for (let k = 0; k < K; k++) {
        const b0 = v128.load(bp);
        c0 = madd(v128.load32_splat(a0 + ko), b0, c0);
        c1 = madd(v128.load32_splat(a1 + ko), b0, c1);
        c2 = madd(v128.load32_splat(a2 + ko), b0, c2);
        c3 = madd(v128.load32_splat(a3 + ko), b0, c3);
        bp += ldb4;
        ko += sak4;
      }
      emitB(mode, C, ldc, N, i0, j0, c0, lanes);
      if (rows > 1) emitB(mode, C, ldc, N, i0 + 1, j0, c1, lanes);
      if (rows > 2) emitB(mode, C, ldc, N, i0 + 2, j0, c2, lanes);
      if (rows > 3) emitB(mode, C, ldc, N, i0 + 3, j0, c3, lanes);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Dot matmul: C[i, j] = Σ_k A[i·lda + k] · B[j·ldb + k] (+ bias[j]): A·Bᵀ with B in PyTorch's
// [out, in] layout, read in place. Vectors run along k; a 2 × 4 tile of dot products is reduced
// to two vectors of four columns at the end.
//
// Epilogues: DOT_STORE C = acc + bias; DOT_SILU S = σ(acc + bias), C = (acc + bias)·S.

export const DOT_STORE: i32 = 0;
export const DOT_SILU: i32 = 1;

/** [Σa, Σb, Σc, Σd] of four vectors. */
@inline
function reduce4(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = f32x4.add(v128.shuffle<f32>(a, b, 0, 1, 4, 5), v128.shuffle<f32>(a, b, 2, 3, 6, 7));
  const cd = f32x4.add(v128.shuffle<f32>(c, d, 0, 1, 4, 5), v128.shuffle<f32>(c, d, 2, 3, 6, 7));
  return f32x4.add(v128.shuffle<f32>(ab, cd, 0, 2, 4, 6), v128.shuffle<f32>(ab, cd, 1, 3, 5, 7));
}

@inline
function emitDot(mode: i32, C: usize, S: usize, ldc: i32, i: i32, j: i32, v0: v128, bias: usize, lanes: i32): void {
  const idx = <usize>(i * ldc + j) << 2;
  const v = bias != 0 ? f32x4.add(v0, loadPartial(bias + (<usize>j << 2), lanes)) : v0;
  if (lanes == 4) {
    // Full tiles (all but a ragged edge) store without lane checks.
    if (mode == DOT_STORE) {
      v128.store(C + idx, v);
    } else {
      const s = sigmoid4(v);
      v128.store(S + idx, s);
      v128.store(C + idx, f32x4.mul(v, s));
    }
  } else if (mode == DOT_STORE) {
    storePartial(C + idx, v, lanes);
  } else {
    const s = sigmoid4(v);
    storePartial(S + idx, s, lanes);
    storePartial(C + idx, f32x4.mul(v, s), lanes);
  }
}

export function mmDot(M: i32, N: i32, K: i32, A: usize, lda: i32, B: usize, ldb: i32, C: usize, ldc: i32, bias: usize, mode: i32, S: usize): void {
  const lda4 = <usize>lda << 2;
  const ldb4 = <usize>ldb << 2;
  const K4 = K & ~3;
  for (let i0 = 0; i0 < M; i0 += 2) {
    const rows = min(2, M - i0);
    const ar0 = A + <usize>i0 * lda4;
    const ar1 = rows > 1 ? ar0 + lda4 : ar0;
    for (let j0 = 0; j0 < N; j0 += 4) {
      const lanes = min(4, N - j0);
      // Columns past N repeat column j0 (valid memory); their lanes are never stored.
      const b0 = B + <usize>j0 * ldb4;
      const b1 = lanes > 1 ? b0 + ldb4 : b0;
      const b2 = lanes > 2 ? b0 + 2 * ldb4 : b0;
      const b3 = lanes > 3 ? b0 + 3 * ldb4 : b0;
      let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c02 = f32x4.splat(0), c03 = f32x4.splat(0);
      let c10 = f32x4.splat(0), c11 = f32x4.splat(0), c12 = f32x4.splat(0), c13 = f32x4.splat(0);
      for (let k = 0; k < K4; k += 4) {
        const o = <usize>k << 2;
        const x0 = v128.load(ar0 + o);
        const x1 = v128.load(ar1 + o);
        let w = v128.load(b0 + o);
        c00 = madd(x0, w, c00);
        c10 = madd(x1, w, c10);
        w = v128.load(b1 + o);
        c01 = madd(x0, w, c01);
        c11 = madd(x1, w, c11);
        w = v128.load(b2 + o);
        c02 = madd(x0, w, c02);
        c12 = madd(x1, w, c12);
        w = v128.load(b3 + o);
        c03 = madd(x0, w, c03);
        c13 = madd(x1, w, c13);
      }
      let r0 = reduce4(c00, c01, c02, c03);
      let r1 = reduce4(c10, c11, c12, c13);
      for (let k = K4; k < K; k++) {
        const o = <usize>k << 2;
        let w = f32x4.splat(load<f32>(b0 + o));
        w = f32x4.replace_lane(w, 1, load<f32>(b1 + o));
        w = f32x4.replace_lane(w, 2, load<f32>(b2 + o));
        w = f32x4.replace_lane(w, 3, load<f32>(b3 + o));
        r0 = madd(v128.load32_splat(ar0 + o), w, r0);
        r1 = madd(v128.load32_splat(ar1 + o), w, r1);
      }
      emitDot(DOT_STORE, C, S, ldc, i0, j0, r0, bias, lanes);
      if (rows > 1) emitDot(DOT_STORE, C, S, ldc, i0 + 1, j0, r1, bias, lanes);
    }
    // SiLU over the finished rows while they are in L1, outside the tile loop (whose registers
    // the accumulators need).
    if (mode == DOT_SILU) {
      for (let r = 0; r < rows; r++) siluRow(C + (<usize>((i0 + r) * ldc) << 2), S + (<usize>((i0 + r) * ldc) << 2), N);
    }
  }
}

/** h[j] ← z[j]·σ(z[j]) and s[j] ← σ(z[j]) for one row of n values (z read from h). */
@inline
function siluRow(h: usize, s: usize, n: i32): void {
  const n4 = n & ~3;
  for (let j = 0; j < n4; j += 4) {
    const o = <usize>j << 2;
    const z = v128.load(h + o);
    const sg = sigmoid4(z);
    v128.store(s + o, tiny0(sg));
    v128.store(h + o, tiny0(f32x4.mul(z, sg)));
  }
  if (n4 < n) {
    const o = <usize>n4 << 2;
    const z = v128.load(h + o);
    const sg = sigmoid4(z);
    storePartial(s + o, tiny0(sg), n - n4);
    storePartial(h + o, tiny0(f32x4.mul(z, sg)), n - n4);
  }
}

// ---------------------------------------------------------------------------------------------
// Elementwise passes.

/** out[j] = Σ_{i < M} A[i·lda + j], j < N (bias gradients). */
export function colSums(M: i32, N: i32, A: usize, lda: i32, out: usize): void {
  const lda4 = <usize>lda << 2;
  for (let j0 = 0; j0 < N; j0 += 4) {
    const lanes = min(4, N - j0);
    let acc = f32x4.splat(0);
    let p = A + (<usize>j0 << 2);
    for (let i = 0; i < M; i++) {
      acc = f32x4.add(acc, v128.load(p));
      p += lda4;
    }
    storePartial(out + (<usize>j0 << 2), acc, lanes);
  }
}

/** Beyond this |P|, e^{−Pa}·e^{−Pb} could overflow where e^{−(Pa+Pb)} does not: layer 0 then takes exp per element. */
const TABLE_LIMIT: f32 = 80;

/**
 * T = e^{−P} for the p × 2h table P = [Pa | Pb], so that layer 0's σ(Pa[a] + Pb[b]) needs one
 * product per element instead of an exp: e^{−z} = e^{−Pa[a]}·e^{−Pb[b]}. Returns 1 when every
 * |P| ≤ TABLE_LIMIT (no product can overflow into inf·0), else 0 (then pass T = 0 to layer0).
 */
export function expTable(n: i32, P: usize, T: usize): i32 {
  let worst = f32x4.splat(0);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = <usize>i << 2;
    const x = v128.load(P + o);
    worst = f32x4.max(worst, f32x4.abs(x)); // max, not pmax: a NaN must reach the check
    v128.store(T + o, exp4(f32x4.neg(x)));
  }
  let big = max(max(f32x4.extract_lane(worst, 0), f32x4.extract_lane(worst, 1)), max(f32x4.extract_lane(worst, 2), f32x4.extract_lane(worst, 3)));
  for (let i = n4; i < n; i++) {
    const o = <usize>i << 2;
    const x = load<f32>(P + o);
    big = x != x ? x : max(big, abs(x));
    store<f32>(T + o, exp1(-x));
  }
  // NaN fails the comparison: the exp path then shows it as it is.
  return big <= TABLE_LIMIT ? 1 : 0;
}

/**
 * Layer 0 on chosen rows of the p × p grid: z = Pb[rb] + Pa[ra] with P = [Pa | Pb] (p × 2h, the
 * bias already in Pa), S = σ(z), H = z·S, rows r0 ≤ r < r1 of S and H (h columns each). With a
 * table T = e^{−P} (expTable), σ(z) = 1/(1 + T_b·T_a); with T = 0, σ takes an exp per element.
 */
export function layer0(r0: i32, r1: i32, h: i32, P: usize, T: usize, rowA: usize, rowB: usize, S: usize, H: usize): void {
  const ld2 = 2 * h;
  const one = ec(192);
  const h4 = h & ~3;
  for (let r = r0; r < r1; r++) {
    const oa = <usize>(load<i32>(rowA + (<usize>r << 2)) * ld2) << 2;
    const ob = <usize>(load<i32>(rowB + (<usize>r << 2)) * ld2 + h) << 2;
    const pa = P + oa;
    const pb = P + ob;
    const o = <usize>(r * h) << 2;
    if (T != 0) {
      const ta = T + oa;
      const tb = T + ob;
      for (let j = 0; j < h4; j += 4) {
        const jo = <usize>j << 2;
        const z = f32x4.add(v128.load(pb + jo), v128.load(pa + jo));
        const s = f32x4.div(one, f32x4.add(one, f32x4.mul(v128.load(tb + jo), v128.load(ta + jo))));
        v128.store(S + o + jo, tiny0(s));
        v128.store(H + o + jo, tiny0(f32x4.mul(z, s)));
      }
      if (h4 < h) {
        const jo = <usize>h4 << 2;
        const z = f32x4.add(v128.load(pb + jo), v128.load(pa + jo));
        const s = f32x4.div(one, f32x4.add(one, f32x4.mul(v128.load(tb + jo), v128.load(ta + jo))));
        storePartial(S + o + jo, tiny0(s), h - h4);
        storePartial(H + o + jo, tiny0(f32x4.mul(z, s)), h - h4);
      }
    } else {
      for (let j = 0; j < h4; j += 4) {
        const jo = <usize>j << 2;
        const z = f32x4.add(v128.load(pb + jo), v128.load(pa + jo));
        const s = sigmoid4(z);
        v128.store(S + o + jo, tiny0(s));
        v128.store(H + o + jo, tiny0(f32x4.mul(z, s)));
      }
      if (h4 < h) {
        const jo = <usize>h4 << 2;
        const z = f32x4.add(v128.load(pb + jo), v128.load(pa + jo));
        const s = sigmoid4(z);
        storePartial(S + o + jo, tiny0(s), h - h4);
        storePartial(H + o + jo, tiny0(f32x4.mul(z, s)), h - h4);
      }
    }
  }
}

/** M rows of A (lda) += bias (N columns). */
export function addBias(M: i32, N: i32, A: usize, lda: i32, bias: usize): void {
  for (let i = 0; i < M; i++) {
    const row = A + (<usize>(i * lda) << 2);
    for (let j = 0; j < N; j += 4) {
      const lanes = min(4, N - j);
      const o = <usize>j << 2;
      storePartial(row + o, f32x4.add(v128.load(row + o), v128.load(bias + o)), lanes);
    }
  }
}

/**
 * Softmax cross-entropy of logit rows r0 ≤ r < r1 (p columns) in one pass per row, with
 * D = z − z_y and Dmax = max D ≥ 0:
 *   loss = Dmax + log1p(expm1(−Dmax) + Σ_{j≠y} e^{D_j − Dmax})   (accurate down to tiny losses)
 * and, when `gradScale` > 0, the row is overwritten by its gradient times gradScale:
 *   softmax_j = e^{D_j − Dmax}·e^{Dmax − loss} for j ≠ y, and expm1(−loss) for the true logit.
 * Returns Σ loss (float64); adds the number of rows whose argmax (first maximum) is y to
 * the i32 at `correctOut`.
 */
export function softmaxCE(r0: i32, r1: i32, p: i32, Z: usize, labels: usize, gradScale: f32, correctOut: usize): f64 {
  let lossSum: f64 = 0;
  let correct: i32 = 0;
  const p4 = p & ~3;
  for (let r = r0; r < r1; r++) {
    const z = Z + (<usize>(r * p) << 2);
    const y = load<i32>(labels + (<usize>r << 2));
    // Maximum logit (vectors, then the ragged tail), then its first index.
    let zmax = load<f32>(z);
    if (p4 > 0) {
      let vmax = v128.load(z);
      for (let j = 4; j < p4; j += 4) vmax = f32x4.pmax(vmax, v128.load(z + (<usize>j << 2)));
      zmax = max(max(f32x4.extract_lane(vmax, 0), f32x4.extract_lane(vmax, 1)), max(f32x4.extract_lane(vmax, 2), f32x4.extract_lane(vmax, 3)));
    }
    for (let j = p4; j < p; j++) zmax = max(zmax, load<f32>(z + (<usize>j << 2)));
    let arg = 0;
    while (arg < p - 1 && load<f32>(z + (<usize>arg << 2)) != zmax) arg++;
    if (arg == y) correct++;
    const zy = load<f32>(z + (<usize>y << 2));
    const dmax = zmax - zy;
    const vzy = f32x4.splat(zy);
    const vdmax = f32x4.splat(dmax);
    // e_j = e^{D_j − Dmax}, written into the row; then e_y is set to 0 so that the sum leaves
    // it out exactly (subtracting it afterwards would cancel catastrophically when y wins).
    for (let j = 0; j < p4; j += 4) {
      const o = <usize>j << 2;
      v128.store(z + o, exp4(f32x4.sub(f32x4.sub(v128.load(z + o), vzy), vdmax)));
    }
    for (let j = p4; j < p; j++) {
      const o = <usize>j << 2;
      store<f32>(z + o, exp1(load<f32>(z + o) - zy - dmax));
    }
    store<f32>(z + (<usize>y << 2), 0);
    let acc = f32x4.splat(0);
    for (let j = 0; j < p4; j += 4) acc = f32x4.add(acc, v128.load(z + (<usize>j << 2)));
    let others: f32 =
      f32x4.extract_lane(acc, 0) + f32x4.extract_lane(acc, 1) + (f32x4.extract_lane(acc, 2) + f32x4.extract_lane(acc, 3));
    for (let j = p4; j < p; j++) others += load<f32>(z + (<usize>j << 2));
    const loss = dmax + Mathf.log1p(Mathf.expm1(-dmax) + others);
    lossSum += <f64>loss;
    if (gradScale > 0) {
      const toProb = f32x4.splat(exp1(dmax - loss));
      const scale = f32x4.splat(gradScale);
      for (let j = 0; j < p4; j += 4) {
        const o = <usize>j << 2;
        // A confident row's wrong-class gradients fall towards FLT_MIN and below; kept, they
        // slowed both matmuls that read dZ (construction runs: 2–4×). Below TINY they are 0.
        v128.store(z + o, tiny0(f32x4.mul(f32x4.mul(v128.load(z + o), toProb), scale)));
      }
      const tp = f32x4.extract_lane(toProb, 0);
      for (let j = p4; j < p; j++) {
        const o = <usize>j << 2;
        store<f32>(z + o, f32x4.extract_lane(tiny0(f32x4.splat(load<f32>(z + o) * tp * gradScale)), 0));
      }
      store<f32>(z + (<usize>y << 2), below1(Mathf.expm1(-loss) * gradScale, TINY));
    }
  }
  store<i32>(correctOut, load<i32>(correctOut) + correct);
  return lossSum;
}

/**
 * PyTorch's AdamW on n parameters in one pass over θ, m, v and g:
 *   θ ← θ·decay;  m ← m + (g − m)(1 − β1);  v ← β2·v + (1 − β2)·g²;
 *   θ ← θ − stepSize · m / (√v / bc2Sqrt + ε).
 */
export function adamw(n: i32, theta: usize, m: usize, v: usize, g: usize, decay: f32, oneMinusB1: f32, b2: f32, oneMinusB2: f32, stepSize: f32, bc2Sqrt: f32, eps: f32): void {
  const vDecay = f32x4.splat(decay);
  const vOm1 = f32x4.splat(oneMinusB1);
  const vB2 = f32x4.splat(b2);
  const vOm2 = f32x4.splat(oneMinusB2);
  const vStep = f32x4.splat(stepSize);
  const vBc2 = f32x4.splat(bc2Sqrt);
  const vEps = f32x4.splat(eps);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = <usize>i << 2;
    const gi = v128.load(g + o);
    const mi = below0(f32x4.add(v128.load(m + o), f32x4.mul(f32x4.sub(gi, v128.load(m + o)), vOm1)), TINY_M);
    const vi = below0(f32x4.add(f32x4.mul(v128.load(v + o), vB2), f32x4.mul(f32x4.mul(gi, gi), vOm2)), TINY_V);
    const denom = f32x4.add(f32x4.div(f32x4.sqrt(vi), vBc2), vEps);
    const t = tiny0(f32x4.sub(f32x4.mul(v128.load(theta + o), vDecay), f32x4.mul(f32x4.div(mi, denom), vStep)));
    v128.store(m + o, mi);
    v128.store(v + o, vi);
    v128.store(theta + o, t);
  }
  for (let i = n4; i < n; i++) {
    const o = <usize>i << 2;
    const gi = load<f32>(g + o);
    const mi = below1(load<f32>(m + o) + (gi - load<f32>(m + o)) * oneMinusB1, TINY_M);
    const vi = below1(load<f32>(v + o) * b2 + gi * gi * oneMinusB2, TINY_V);
    const denom = Mathf.sqrt(vi) / bc2Sqrt + eps;
    store<f32>(m + o, mi);
    store<f32>(v + o, vi);
    store<f32>(theta + o, below1(load<f32>(theta + o) * decay - (mi / denom) * stepSize, TINY));
  }
}


/**
 * Whether madd rounds once in this module on this machine: a·a + c with a = 1 + 2⁻¹² and
 * c = −(1 + 2⁻¹¹) is 2⁻²⁴ when fused and 0 when the product is rounded first (a tie, to even).
 * Relaxed SIMD lets an engine do either; the FMA engine is used only where it is fused, so that
 * its numbers are the same on every machine that runs it. Always false in the plain build.
 */
export function maddIsFused(a: f32, c: f32): bool {
  return f32x4.extract_lane(madd(f32x4.splat(a), f32x4.splat(a), f32x4.splat(c)), 0) != 0;
}
