/**
 * Gradient checks shared by the engines' backward-pass tests: central finite differences of a
 * float64 loss, and the first-order prediction of a small step along −∇.
 */
import { cloneParams, PARAM_NAMES, type HostParams, type ParamName } from '../../src/lib/params';

export type Loss = (x: HostParams) => number;

/**
 * Worst relative error of `grads` against central differences of `loss` at `x`, over every entry of
 * every parameter except those in `skip`. Each error is relative to the larger of |fd| and 1 % of the
 * parameter's largest gradient, so entries with a tiny gradient do not blow the ratio up.
 */
export function finiteDifferenceCheck(
  x: HostParams,
  grads: HostParams,
  loss: Loss,
  skip: readonly ParamName[] = [],
  h = 1e-6,
): { worst: number; checked: number } {
  let worst = 0;
  let checked = 0;
  for (const name of PARAM_NAMES) {
    if (skip.includes(name)) continue;
    const g = grads[name];
    const scale = Math.max(...Array.from(g, Math.abs));
    for (let i = 0; i < x[name].length; i++) {
      const plus = cloneParams(x);
      plus[name][i]! += h;
      const minus = cloneParams(x);
      minus[name][i]! -= h;
      const fd = (loss(plus) - loss(minus)) / (2 * h);
      worst = Math.max(worst, Math.abs(g[i]! - fd) / Math.max(Math.abs(fd), 1e-2 * scale));
      checked++;
    }
  }
  return { worst, checked };
}

/**
 * Loss drop of a step of size `eps` along −∇, over the drop first order predicts (ε‖∇‖²): close to
 * 1 for a right gradient, far from it for a wrong one.
 */
export function firstOrderDropRatio(x: HostParams, grads: HostParams, loss: Loss, eps = 1e-3): number {
  const stepped = cloneParams(x);
  let norm2 = 0;
  for (const name of PARAM_NAMES)
    for (let i = 0; i < x[name].length; i++) {
      stepped[name][i]! -= eps * grads[name][i]!;
      norm2 += grads[name][i]! ** 2;
    }
  return (loss(x) - loss(stepped)) / (eps * norm2);
}
