/**
 * Matrix exponential e^A by scaling and squaring with Padé approximants, following
 * Higham, "The scaling and squaring method for the matrix exponential revisited",
 * SIAM J. Matrix Anal. Appl. 26(4), 2005 (the algorithm behind MATLAB's expm and older
 * scipy.linalg.expm). Degrees 3, 5, 7, 9 are used when ‖A‖₁ is small enough; otherwise
 * A is scaled by 2^-s so that ‖A/2^s‖₁ ≤ θ₁₃ and the [13/13] approximant is squared s
 * times. The θ_m bounds guarantee a backward error below the float64 unit roundoff.
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError } from './errors';
import {
  add,
  assertFiniteMatrix,
  assertSquare,
  identity,
  isFiniteMatrix,
  luFactor,
  luSolveMatrix,
  type Matrix,
  multiply,
  norm1,
  scale,
  subtract,
} from './matrix';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

const THETA: Record<3 | 5 | 7 | 9 | 13, number> = {
  3: 1.495585217958292e-2,
  5: 2.53939833006323e-1,
  7: 9.504178996162932e-1,
  9: 2.097847961257068,
  13: 5.371920351148152,
};

/**
 * Padé coefficients b_0..b_m of the [m/m] approximant to e^x (Higham 2005, table). Kept
 * as tuples so that pade13's fixed indices b[0]..b[13] are checked by the compiler.
 */
const PADE = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600, 670442572800, 33522128640, 1323241920, 40840800,
    960960, 16380, 182, 1,
  ],
} as const satisfies Record<3 | 5 | 7 | 9 | 13, readonly number[]>;

type Term = [number, Matrix];

/** Linear combination Σ c_k M_k of equally shaped matrices (at least one term). */
function combo(terms: [Term, ...Term[]]): Matrix {
  const [[c0, m0], ...rest] = terms;
  const out = scale(m0, c0);
  for (const [c, m] of rest) {
    for (let i = 0; i < out.data.length; i++) out.data[i] = at(out.data, i) + c * at(m.data, i);
  }
  return out;
}

/** Returns (U, V) with r_m(A) = (V − U)⁻¹(V + U), for m ∈ {3, 5, 7, 9}. */
function padeLow(a: Matrix, m: 3 | 5 | 7 | 9): [Matrix, Matrix] {
  const b = PADE[m];
  const n = a.rows;
  const eye = identity(n);
  const powers: Matrix[] = [eye]; // powers[k] = A^(2k)
  const a2 = multiply(a, a);
  for (let k = 1; 2 * k <= m - 1; k++) powers.push(k === 1 ? a2 : multiply(elementAt(powers, k - 1), a2));
  const odd: [Term, ...Term[]] = [[b[1], eye]];
  const even: [Term, ...Term[]] = [[b[0], eye]];
  for (let k = 1; 2 * k + 1 <= m; k++) {
    odd.push([elementAt(b, 2 * k + 1), elementAt(powers, k)]);
    even.push([elementAt(b, 2 * k), elementAt(powers, k)]);
  }
  return [multiply(a, combo(odd)), combo(even)];
}

function pade13(a: Matrix): [Matrix, Matrix] {
  const b = PADE[13];
  const eye = identity(a.rows);
  const a2 = multiply(a, a);
  const a4 = multiply(a2, a2);
  const a6 = multiply(a4, a2);
  const u1 = multiply(
    a6,
    combo([
      [b[13], a6],
      [b[11], a4],
      [b[9], a2],
    ]),
  );
  const u = multiply(
    a,
    add(
      u1,
      combo([
        [b[7], a6],
        [b[5], a4],
        [b[3], a2],
        [b[1], eye],
      ]),
    ),
  );
  const v1 = multiply(
    a6,
    combo([
      [b[12], a6],
      [b[10], a4],
      [b[8], a2],
    ]),
  );
  const v = add(
    v1,
    combo([
      [b[6], a6],
      [b[4], a4],
      [b[2], a2],
      [b[0], eye],
    ]),
  );
  return [u, v];
}

function padeQuotient(u: Matrix, v: Matrix): Matrix {
  // Solve (V − U) X = (V + U); V − U is well conditioned for ‖A‖₁ ≤ θ_m.
  return luSolveMatrix(luFactor(subtract(v, u)), add(v, u));
}

/** e^A for a square, finite A. Throws NumericsError 'non-finite' / 'blow-up' / 'bad-shape'. */
export function expm(a: Matrix): Matrix {
  assertSquare(a, 'expm');
  assertFiniteMatrix(a, 'Matrix passed to expm');
  const n = a.rows;
  if (n === 0) return identity(0);
  const a1 = norm1(a);
  if (a1 === 0) return identity(n);
  for (const m of [3, 5, 7, 9] as const) {
    if (a1 <= THETA[m]) return checked(padeQuotient(...padeLow(a, m)), a1);
  }
  const s = Math.max(0, Math.ceil(Math.log2(a1 / THETA[13])));
  let x = padeQuotient(...pade13(s > 0 ? scale(a, 2 ** -s) : a));
  for (let k = 0; k < s; k++) {
    x = multiply(x, x);
    if (!isFiniteMatrix(x)) break;
  }
  return checked(x, a1);
}

function checked(x: Matrix, a1: number): Matrix {
  if (!isFiniteMatrix(x)) {
    throw new NumericsError('blow-up', `The matrix exponential overflowed float64 (‖A‖₁ = ${a1.toPrecision(3)}); the solution grows beyond 1e308.`, {
      norm1: a1,
    });
  }
  return x;
}
