/**
 * Web Worker: refits the circles' ODE for a new Lasso α off the main thread (small α takes
 * seconds of coordinate descent). The page terminates a busy worker when the reader moves on.
 */
import { fitCircleOde } from '../../lib/ode/circle-ode-model';

export interface FitRequest {
  id: number;
  alpha: number;
  signals: number[][];
}

self.onmessage = (event: MessageEvent<FitRequest>) => {
  const { id, alpha, signals } = event.data;
  try {
    self.postMessage({ id, ok: true, fit: fitCircleOde(signals, alpha) });
  } catch (e) {
    self.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
