/**
 * Build-time analysis for section 7's static figures (Node only), computed once per build and
 * shared by both languages: the Lasso (α = 0.01, the authors' setting) and least-squares fits
 * of the ODE window, their rollouts and exact solutions, and the default frequencies to show.
 */
import { circleOdeData } from './ode';
import {
  defaultFrequencies,
  fitCircleOde,
  matrixOf,
  predict,
  stateMatrix,
  type CircleOdeData,
  type FitSummary,
  type Prediction,
} from '../../lib/ode/circle-ode-model';
import type { Matrix } from '../../lib/ode/index';

export interface FitCheck {
  fit: FitSummary;
  prediction: Prediction;
}

export interface StaticAnalysis {
  data: CircleOdeData;
  state: Matrix;
  lasso: FitCheck;
  ols: FitCheck;
  frequencies: number[];
}

let memo: StaticAnalysis | undefined;

export function staticAnalysis(): StaticAnalysis {
  if (memo) return memo;
  const data = circleOdeData();
  const state = stateMatrix(data.signals);
  const check = (alpha: number): FitCheck => {
    const fit = fitCircleOde(data.signals, alpha);
    return { fit, prediction: predict(matrixOf(fit.A, fit.d), fit.b, data.signals[0]!, state) };
  };
  memo = { data, state, lasso: check(0.01), ols: check(0), frequencies: defaultFrequencies(data) };
  return memo;
}

/** Column k (1-based) of a trajectory matrix. */
export function column(m: Matrix, k: number): number[] {
  return Array.from({ length: m.rows }, (_, t) => m.data[t * m.cols + k - 1]!);
}
