// AssemblyScript entry of the fused engine: one training step of the paper's network
// (E → [E_a; E_b] → Linear(2d, h) → SiLU → Linear(h, h) → SiLU → Linear(h, p) → mean CE, AdamW)
// in one call, all in float32 with SIMD kernels from kernels.ts.
//
// Rows are the p × p grid's pairs reordered: the nTrain training pairs first, then the nTest
// test pairs, so the backward pass runs on a contiguous prefix and test rows cost a forward
// only, and only when the step is measured. θ (and AdamW's m and v) keep the tfjs engine's flat
// layout (layout.ts): e, w0a, w0b, b0, w1, b1, w2, b2, weights in PyTorch's [out, in] order,
// w0a and w0b adjacent so that they form one [2h, d] matrix.
import {
  alloc,
  mmB,
  mmDot,
  colSums,
  layer0,
  expTable,
  addBias,
  softmaxCE,
  adamw,
  setEpilogue,
  MODE_STORE,
  MODE_SILU_GRAD,
  MODE_SCATTER,
  DOT_STORE,
  DOT_SILU,
} from './kernels';

export * from './kernels';

let P: i32 = 0;
let D: i32 = 0;
let H: i32 = 0;
let NTR: i32 = 0;
let N: i32 = 0;
let TRAIN_E: bool = false;
let SIZE: i32 = 0;
let oE: i32 = 0;
let oW0: i32 = 0;
let oB0: i32 = 0;
let oW1: i32 = 0;
let oB1: i32 = 0;
let oW2: i32 = 0;
let oB2: i32 = 0;

let THETA: usize = 0;
let MOM: usize = 0;
let VEL: usize = 0;
let GRAD: usize = 0;
let EMB: usize = 0;
let ROWA: usize = 0;
let ROWB: usize = 0;
let LABELS: usize = 0;
let PT: usize = 0;
let ET: usize = 0;
let S1: usize = 0;
let H1: usize = 0;
let S2: usize = 0;
let H2: usize = 0;
let Z3: usize = 0;
let DZ2: usize = 0;
let DP: usize = 0;
let DFT: usize = 0;
let REIM: usize = 0;
let CORRECT: usize = 0;
let STATS: usize = 0;

@inline
function f(ptr: usize, offset: i32): usize {
  return ptr + (<usize>offset << 2);
}

/** Allocate every buffer of one model; returns θ's size. */
export function configure(p: i32, d: i32, h: i32, nTrain: i32, nTest: i32, trainEmbedding: bool): i32 {
  P = p;
  D = d;
  H = h;
  NTR = nTrain;
  N = nTrain + nTest;
  TRAIN_E = trainEmbedding;
  oE = 0;
  oW0 = trainEmbedding ? p * d : 0;
  oB0 = oW0 + 2 * h * d;
  oW1 = oB0 + h;
  oB1 = oW1 + h * h;
  oW2 = oB1 + h;
  oB2 = oW2 + p * h;
  SIZE = oB2 + p;
  THETA = alloc(SIZE << 2);
  MOM = alloc(SIZE << 2);
  VEL = alloc(SIZE << 2);
  GRAD = alloc(SIZE << 2);
  EMB = trainEmbedding ? THETA : alloc(p * d * 4);
  ROWA = alloc(N * 4);
  ROWB = alloc(N * 4);
  LABELS = alloc(N * 4);
  PT = alloc(p * 2 * h * 4);
  ET = alloc(p * 2 * h * 4);
  S1 = alloc(N * h * 4);
  H1 = alloc(N * h * 4);
  S2 = alloc(N * h * 4);
  H2 = alloc(N * h * 4);
  Z3 = alloc(N * p * 4);
  DZ2 = alloc(nTrain * h * 4);
  DP = alloc(p * 2 * h * 4);
  DFT = alloc(2 * p * p * 4);
  REIM = alloc(2 * p * d * 4);
  CORRECT = alloc(8);
  STATS = alloc(32);
  return SIZE;
}

// Where the host writes inputs and reads results.
export function thetaPtr(): usize { return THETA; }
export function momentPtr(): usize { return MOM; }
export function velocityPtr(): usize { return VEL; }
export function gradPtr(): usize { return GRAD; }
export function embeddingPtr(): usize { return EMB; }
export function rowAPtr(): usize { return ROWA; }
export function rowBPtr(): usize { return ROWB; }
export function labelsPtr(): usize { return LABELS; }
export function dftPtr(): usize { return DFT; }
/** [2p, d]: Re Ê on top, Im Ê below (after a measured step or `measure`). */
export function reImPtr(): usize { return REIM; }
/** i32 × 2: correct predictions on the train and the test rows. */
export function correctPtr(): usize { return CORRECT; }
/** f64 × 2: Σ loss on the train and the test rows. */
export function statsPtr(): usize { return STATS; }

/**
 * Forward on the first `rows` rows (nTrain, or all N to measure the test set too); the loss
 * sums and correct counts land in STATS and CORRECT. With `withGrad`, the training rows' logits
 * are replaced by d(mean train loss)/d(logits).
 */
function forward(rows: i32, withGrad: bool): void {
  const h = H;
  const p = P;
  // [Pa | Pb] = E · [W0a; W0b]ᵀ, then the bias on Pa (tfjs adds it in the same place).
  mmDot(p, 2 * h, D, EMB, D, f(THETA, oW0), D, PT, 2 * h, 0, DOT_STORE, 0);
  addBias(p, h, PT, 2 * h, f(THETA, oB0));
  const tables = expTable(p * 2 * h, PT, ET);
  layer0(0, rows, h, PT, tables ? ET : 0, ROWA, ROWB, S1, H1);
  mmDot(rows, h, h, H1, h, f(THETA, oW1), h, H2, h, f(THETA, oB1), DOT_SILU, S2);
  mmDot(rows, p, h, H2, h, f(THETA, oW2), h, Z3, p, f(THETA, oB2), DOT_STORE, 0);
  store<i32>(CORRECT, 0);
  store<i32>(CORRECT, 0, 4);
  const scale: f32 = withGrad ? <f32>1 / <f32>NTR : 0;
  store<f64>(STATS, softmaxCE(0, min(rows, NTR), p, Z3, LABELS, scale, CORRECT));
  store<f64>(STATS, rows > NTR ? softmaxCE(NTR, rows, p, Z3, LABELS, 0, CORRECT + 4) : 0, 8);
}

/** Gradients of the mean training loss into GRAD (after forward(…, true)). */
function backward(): void {
  const h = H;
  const p = P;
  const n = NTR;
  // Layer 2: dW2 = dZ3ᵀ·H2, db2 = Σ dZ3, dZ2 = (dZ3·W2) ⊙ SiLU′(z2).
  mmB(p, h, n, Z3, 1, p, H2, h, f(GRAD, oW2), h, MODE_STORE);
  colSums(n, p, Z3, p, f(GRAD, oB2));
  setEpilogue(S2, H2, 0, 0);
  mmB(n, h, p, Z3, p, 1, f(THETA, oW2), h, DZ2, h, MODE_SILU_GRAD);
  // Layer 1: dW1 = dZ2ᵀ·H1, db1 = Σ dZ2, and dZ1 = (dZ2·W1) ⊙ SiLU′(z1) summed straight into
  // the gradient of the [Pa | Pb] table by each row's a and b.
  mmB(h, h, n, DZ2, 1, h, H1, h, f(GRAD, oW1), h, MODE_STORE);
  colSums(n, h, DZ2, h, f(GRAD, oB1));
  memory.fill(DP, 0, <usize>(p * 2 * h) << 2);
  setEpilogue(S1, H1, ROWA, ROWB);
  mmB(n, h, h, DZ2, h, 1, f(THETA, oW1), h, DP, 2 * h, MODE_SCATTER);
  // Layer 0: db0 = Σ_a dPa, [dW0a; dW0b] = [dPa | dPb]ᵀ·E, dE = [dPa | dPb]·[W0a; W0b].
  colSums(p, h, DP, 2 * h, f(GRAD, oB0));
  mmB(2 * h, D, p, DP, 1, 2 * h, EMB, D, f(GRAD, oW0), D, MODE_STORE);
  if (TRAIN_E) mmB(p, D, 2 * h, DP, 2 * h, 1, f(THETA, oW0), D, f(GRAD, oE), D, MODE_STORE);
}

/** Re and Im of the embedding's DFT over tokens into REIM. */
function spectrum(): void {
  mmB(2 * P, D, P, DFT, P, 1, EMB, D, REIM, D, MODE_STORE);
}

/**
 * One AdamW step (scalars from the host, as PyTorch computes them in Python). With `measure`,
 * the state before the update is measured first: test rows forwarded too, and the spectrum.
 */
export function trainStep(measure: bool, decay: f32, oneMinusB1: f32, b2: f32, oneMinusB2: f32, stepSize: f32, bc2Sqrt: f32, eps: f32): void {
  forward(measure ? N : NTR, true);
  if (measure) spectrum();
  backward();
  adamw(SIZE, THETA, MOM, VEL, GRAD, decay, oneMinusB1, b2, oneMinusB2, stepSize, bc2Sqrt, eps);
}

/** Measure the current state (forward on every row and the spectrum), no update. */
export function measureState(): void {
  forward(N, false);
  spectrum();
}

/** Gradients only (for tests): forward on the training rows, backward into GRAD. */
export function gradients(): void {
  forward(NTR, true);
  backward();
}
