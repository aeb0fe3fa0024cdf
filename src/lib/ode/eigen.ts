/**
 * Eigenvalues of a general real square matrix: balancing (to reduce rounding error),
 * reduction to upper Hessenberg form by stabilised elimination, then the Francis
 * double-shift QR iteration (the classic EISPACK `balanc`/`elmhes`/`hqr` sequence).
 * Complex eigenvalues come in conjugate pairs {re, im}, {re, −im}.
 */
import { at as checkedAt } from './checked-index';
import { NumericsError } from './errors';
import { EPS, assertFiniteMatrix, assertSquare, type Matrix, normFrobenius } from './matrix';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** Rescales rows/columns by powers of 2 so that their norms are comparable (similarity transform). */
function balance(a: Float64Array, n: number): void {
  const RADIX = 2;
  const SQRDX = RADIX * RADIX;
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0;
      let c = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(at(a, j * n + i));
        r += Math.abs(at(a, i * n + j));
      }
      if (c === 0 || r === 0) continue;
      let g = r / RADIX;
      let f = 1;
      const s = c + r;
      while (c < g) {
        f *= RADIX;
        c *= SQRDX;
      }
      g = r * RADIX;
      while (c > g) {
        f /= RADIX;
        c /= SQRDX;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        const gi = 1 / f;
        for (let j = 0; j < n; j++) a[i * n + j] = at(a, i * n + j) * gi;
        for (let j = 0; j < n; j++) a[j * n + i] = at(a, j * n + i) * f;
      }
    }
  }
}

/** Similarity reduction to upper Hessenberg form by Gaussian elimination with pivoting. */
function hessenberg(a: Float64Array, n: number): void {
  for (let m = 1; m < n - 1; m++) {
    let x = 0;
    let piv = m;
    for (let j = m; j < n; j++) {
      if (Math.abs(at(a, j * n + m - 1)) > Math.abs(x)) {
        x = at(a, j * n + m - 1);
        piv = j;
      }
    }
    if (piv !== m) {
      for (let j = m - 1; j < n; j++) {
        const t = at(a, piv * n + j);
        a[piv * n + j] = at(a, m * n + j);
        a[m * n + j] = t;
      }
      for (let j = 0; j < n; j++) {
        const t = at(a, j * n + piv);
        a[j * n + piv] = at(a, j * n + m);
        a[j * n + m] = t;
      }
    }
    if (x === 0) continue;
    for (let i = m + 1; i < n; i++) {
      let y = at(a, i * n + m - 1);
      if (y === 0) continue;
      y /= x;
      a[i * n + m - 1] = 0; // the multiplier is not needed afterwards
      for (let j = m; j < n; j++) a[i * n + j] = at(a, i * n + j) - y * at(a, m * n + j);
      for (let j = 0; j < n; j++) a[j * n + m] = at(a, j * n + m) + y * at(a, j * n + i);
    }
  }
  for (let i = 2; i < n; i++) for (let j = 0; j < i - 1; j++) a[i * n + j] = 0;
}

/** Francis double-shift QR on an upper Hessenberg matrix (destroys it). */
function hqr(a: Float64Array, n: number): Complex[] {
  // Entry (i, j) of the n×n working matrix, checked.
  const el = (i: number, j: number) => at(a, i * n + j);
  // a(i, j) −= d, the update every QR sweep applies.
  const sub = (i: number, j: number, d: number) => {
    a[i * n + j] = el(i, j) - d;
  };
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(el(i, j));
  let nn = n - 1;
  let t = 0;
  let p = 0;
  let q = 0;
  let r = 0;
  let x = 0;
  let y = 0;
  let z = 0;
  let w = 0;
  let s = 0;
  let totalIts = 0;
  while (nn >= 0) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l >= 1; l--) {
        s = Math.abs(el(l - 1, l - 1)) + Math.abs(el(l, l));
        if (s === 0) s = anorm;
        if (Math.abs(el(l, l - 1)) <= EPS * s) {
          a[l * n + l - 1] = 0;
          break;
        }
      }
      x = el(nn, nn);
      if (l === nn) {
        wr[nn] = x + t;
        wi[nn] = 0;
        nn--;
      } else {
        y = el(nn - 1, nn - 1);
        w = el(nn, nn - 1) * el(nn - 1, nn);
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + (p >= 0 ? Math.abs(z) : -Math.abs(z));
            wr[nn - 1] = wr[nn] = x + z;
            if (z !== 0) wr[nn] = x - w / z;
            wi[nn - 1] = wi[nn] = 0;
          } else {
            wr[nn - 1] = wr[nn] = x + p;
            wi[nn - 1] = z;
            wi[nn] = -z;
          }
          nn -= 2;
        } else {
          if (its >= 60 || totalIts > 60 * n) {
            throw new NumericsError('no-convergence', 'The QR eigenvalue iteration did not converge.', { its });
          }
          if (its === 10 || its === 20 || its === 40) {
            // Exceptional (ad hoc) shift to break cycles.
            t += x;
            for (let i = 0; i <= nn; i++) sub(i, i, x);
            s = Math.abs(el(nn, nn - 1)) + Math.abs(el(nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          its++;
          totalIts++;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = el(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / el(m + 1, m) + el(m, m + 1);
            q = el(m + 1, m + 1) - z - r - s;
            r = el(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(el(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(el(m - 1, m - 1)) + Math.abs(z) + Math.abs(el(m + 1, m + 1)));
            if (u <= EPS * v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * n + i - 2] = 0;
            if (i !== m + 2) a[i * n + i - 3] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = el(k, k - 1);
              q = el(k + 1, k - 1);
              r = 0;
              if (k !== nn - 1) r = el(k + 2, k - 1);
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            const norm = Math.sqrt(p * p + q * q + r * r);
            s = p >= 0 ? norm : -norm;
            if (s !== 0) {
              if (k === m) {
                if (l !== m) a[k * n + k - 1] = -el(k, k - 1);
              } else {
                a[k * n + k - 1] = -s * x;
              }
              p += s;
              x = p / s;
              y = q / s;
              z = r / s;
              q /= p;
              r /= p;
              for (let j = k; j <= nn; j++) {
                p = el(k, j) + q * el(k + 1, j);
                if (k !== nn - 1) {
                  p += r * el(k + 2, j);
                  sub(k + 2, j, p * z);
                }
                sub(k + 1, j, p * y);
                sub(k, j, p * x);
              }
              const mmin = nn < k + 3 ? nn : k + 3;
              for (let i = l; i <= mmin; i++) {
                p = x * el(i, k) + y * el(i, k + 1);
                if (k !== nn - 1) {
                  p += z * el(i, k + 2);
                  sub(i, k + 2, p * r);
                }
                sub(i, k + 1, p * q);
                sub(i, k, p);
              }
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  const out: Complex[] = [];
  for (let i = 0; i < n; i++) out.push({ re: at(wr, i), im: at(wi, i) });
  return out;
}

/** All n eigenvalues, sorted by decreasing real part, then decreasing imaginary part. */
export function eigenvalues(a: Matrix): Complex[] {
  assertSquare(a, 'eigenvalues');
  assertFiniteMatrix(a, 'Matrix passed to eigenvalues');
  const n = a.rows;
  if (n === 0) return [];
  const work = a.data.slice();
  balance(work, n);
  hessenberg(work, n);
  const vals = hqr(work, n);
  return vals.sort((u, v) => v.re - u.re || v.im - u.im);
}

export type StabilityClass = 'stable' | 'unstable' | 'marginal';

export interface StabilityReadout {
  readonly eigenvalues: Complex[];
  /** max Re λ(A): the growth rate of ẋ = A x + b around its equilibrium. */
  readonly maxRealPart: number;
  /** Continuous time ẋ = A x + b: stable if max Re λ < −tol, unstable if > tol, else marginal. */
  readonly classification: StabilityClass;
  /** Spectral radius of I + A, which governs the Euler map x_{t+1} = x_t + A x_t + b (Δt = 1). */
  readonly eulerSpectralRadius: number;
  /** Discrete time: stable if ρ(I + A) < 1 − tol, unstable if > 1 + tol, else marginal. */
  readonly eulerClassification: StabilityClass;
  readonly tol: number;
}

/**
 * Stability of the linear ODE ẋ = A x + b and of its Euler discretisation. `tol`
 * (default 1e-10·max(1, ‖A‖_F)) absorbs rounding so that e.g. a pure rotation reads
 * as 'marginal' rather than flickering between stable and unstable.
 */
export function stability(a: Matrix, tol?: number): StabilityReadout {
  const eig = eigenvalues(a);
  const tolerance = tol ?? 1e-10 * Math.max(1, normFrobenius(a));
  let maxRe = -Infinity;
  let rho = 0;
  for (const { re, im } of eig) {
    maxRe = Math.max(maxRe, re);
    rho = Math.max(rho, Math.hypot(1 + re, im));
  }
  const classify = (v: number, edge: number): StabilityClass => (v < edge - tolerance ? 'stable' : v > edge + tolerance ? 'unstable' : 'marginal');
  return {
    eigenvalues: eig,
    maxRealPart: maxRe,
    classification: classify(maxRe, 0),
    eulerSpectralRadius: rho,
    eulerClassification: classify(rho, 1),
    tol: tolerance,
  };
}
