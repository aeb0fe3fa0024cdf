/**
 * Public API of the ODE / Lotka–Volterra numerics (pure float64 TypeScript, no DOM).
 */
export { NumericsError, type NumericsErrorCode } from './errors';
export {
  type Matrix,
  type LU,
  zeros,
  identity,
  diag,
  fromRows,
  fromData,
  toRows,
  get,
  clone,
  row,
  column,
  transpose,
  multiply,
  matVec,
  add,
  subtract,
  scale,
  addScaledIdentity,
  norm1,
  normInf,
  normFrobenius,
  maxAbs,
  isFiniteMatrix,
  luFactor,
  luSolveVector,
  luSolveMatrix,
  solve,
  inverse,
  determinant,
  cond1,
  cond1Estimate,
} from './matrix';
export { leastSquares, jacobiSvd, type LeastSquaresResult } from './least-squares';
export { r2Score, maxAbsDifference, type R2Result } from './metrics';
export { fitLasso, predictLinear, type LassoFit, type LassoOptions } from './lasso';
export { expm } from './expm';
export { eigenvalues, stability, type Complex, type StabilityClass, type StabilityReadout } from './eigen';
export { rk45, type OdeRhs, type Rk45Options, type Rk45Result, type Rk45Status } from './rk45';
export {
  fitLinearOde,
  transitions,
  eulerRollout,
  analyticSolution,
  trajectoryR2,
  type LinearOdeFit,
  type AnalyticMethod,
  type AnalyticOptions,
  type Trajectory,
} from './linear-ode';
export { circleSignals } from './frequency-state';
export {
  competitionRhs,
  competitionJacobian,
  competitionEquilibria,
  competitionNullclines,
  competitionOutcome,
  predatorPreyRhs,
  predatorPreyInvariant,
  predatorPreyEquilibrium,
  type CompetitionParams,
  type CompetitionOutcome,
  type CompetitionVerdict,
  type Equilibrium,
  type NullclineSegment,
  type PredatorPreyParams,
} from './lotka-volterra';
