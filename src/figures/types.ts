/**
 * Data shapes the figure specs take. Both the build (from reference runs) and the islands
 * (from live runs) produce them, so one spec serves the static figure and the live one.
 */
import type { Lang } from '../i18n/languages';

/** Per logged step, the half spectrum S_0..S_h (h = circleCount(p), S_{p−k} = S_k). */
export interface SignalSeries {
  p: number;
  steps: number[];
  signals: number[][];
  /** Surviving circles (k ≤ (p−1)/2), strongest first — coloured in figures. */
  circles: number[];
}

export interface LossSeries {
  steps: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number[];
  testAcc: number[];
}

/** One frequency's plane: token t sits at (x[t], y[t]). */
export interface CirclePlaneData {
  k: number;
  x: number[];
  y: number[];
  /** Optional label, e.g. "step 2,500". */
  label?: string;
}

export interface SpectrumData {
  p: number;
  /** Half spectrum S_0..S_{(p−1)/2}. */
  signals: number[];
  /** The circle rule's τ = 2·mean of all p signals. */
  threshold: number;
  circles: number[];
  step?: number;
}

/** Common options every spec accepts (with defaults in each spec). */
export interface FigureOptions {
  width?: number;
  height?: number;
  lang?: Lang;
  /** Accessible description (becomes the SVG's aria-description). */
  description?: string;
}
