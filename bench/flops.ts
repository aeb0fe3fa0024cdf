/**
 * Floating-point operations of one training step in the engine's formulation (multiply–adds
 * count 2): the whole p × p grid forward (train and test together), the backward pass, and the
 * signal's DFT. Elementwise ops are left out: they are memory-bound, not FLOP-bound.
 */
export function stepFlops(p: number, d: number, h: number): { total: number; parts: Record<string, number> } {
  const n = p * p;
  const parts = {
    'layer 0 (E·W0ᵀ, both halves)': 2 * 2 * p * d * h,
    'layer 1 forward': 2 * n * h * h,
    'layer 2 forward': 2 * n * h * p,
    'layer 2 backward (dW, dH)': 2 * 2 * n * h * p,
    'layer 1 backward (dW, dH)': 2 * 2 * n * h * h,
    'layer 0 backward (dW0, dE)': 2 * 2 * 2 * p * d * h,
    'signals (DFT as matmul)': 2 * 2 * p * p * d,
  };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

/** FLOPs of the model as the paper writes it (gathered inputs, separate train and test forwards). */
export function paperFlops(p: number, d: number, h: number, nTrain: number, nTest: number): number {
  const fwd = (n: number) => 2 * n * (2 * d * h + h * h + h * p);
  return 3 * fwd(nTrain) + fwd(nTest);
}

/**
 * FLOPs of the fused step (src/lib/engine/fused): the forward on the whole grid (training and
 * test rows, as a measured step does), the backward on the nTrain training rows only, layer 0
 * as two p × h tables, and the spectrum.
 */
export function fusedStepFlops(p: number, d: number, h: number, nTrain: number): number {
  const n = p * p;
  return (
    2 * p * 2 * d * h + // [Pa | Pb] = E·[W0a; W0b]ᵀ
    2 * n * h * h + // layer 1 forward
    2 * n * h * p + // layer 2 forward
    2 * 2 * nTrain * h * p + // layer 2 backward (dW2, dH2)
    2 * 2 * nTrain * h * h + // layer 1 backward (dW1, dH1)
    2 * 2 * 2 * p * d * h + // layer 0 backward (dW0, dE)
    2 * 2 * p * p * d // spectrum
  );
}
