import { fillTemplate, VALIDATION_EN, type ValidationKey, type ValidationVars } from '../validation-messages';
/**
 * Analytic Hierarchy Process (Saaty). Judgement aᵢⱼ says how much more important criterion i is
 * than j on the 1–9 scale; aⱼᵢ = 1/aᵢⱼ. Weights are the principal eigenvector (normalised to
 * sum 1); CI = (λmax − n)/(n − 1); CR = CI/RI; a matrix is acceptable when CR < 0.10.
 */
export type Matrix = readonly (readonly number[])[];

/** Saaty's random consistency index by matrix size (n = 1, 2 are always consistent). */
export const SAATY_RI: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

export const CR_THRESHOLD = 0.1;

/** The values one participant may enter: 1–9 and their reciprocals. */
export const SAATY_SCALE: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

export interface AhpResult {
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  readonly ci: number;
  /** Null when RI is 0 (n ≤ 2) or unknown (n > 10). */
  readonly cr: number | null;
  readonly consistent: boolean;
}

export interface MatrixProblem {
  readonly i: number;
  readonly j: number;
  /** In English; `key` and `vars` give it in the interface language. */
  readonly message: string;
  readonly key: ValidationKey;
  readonly vars: ValidationVars;
}

const problem = (i: number, j: number, key: ValidationKey, vars: ValidationVars): MatrixProblem => ({
  i,
  j,
  key,
  vars,
  message: fillTemplate(VALIDATION_EN[key], vars),
});

/**
 * Checks shape, the unit diagonal, reciprocity (to 1e-9) and — for an individual's judgements —
 * that every value is on Saaty's scale. Group matrices (geometric means) are not on the scale.
 */
export function checkMatrix(m: Matrix, opts: { onScale: boolean }): MatrixProblem[] {
  const n = m.length;
  const out: MatrixProblem[] = [];
  for (let i = 0; i < n; i++) {
    const row = m[i] as readonly number[];
    if (row.length !== n) {
      out.push(problem(i, -1, 'vMatrixRow', { row: i + 1, got: row.length, n }));
      continue;
    }
    for (let j = 0; j < n; j++) {
      const a = row[j] as number;
      if (!Number.isFinite(a) || a <= 0) out.push(problem(i, j, 'vMatrixPositive', { i: i + 1, j: j + 1 }));
      else if (i === j && a !== 1) out.push(problem(i, j, 'vMatrixDiagonal', { i: i + 1 }));
      else if (j > i) {
        const back = m[j]?.[i] as number;
        if (Math.abs(a * back - 1) > 1e-9) out.push(problem(i, j, 'vMatrixReciprocal', { i: i + 1, j: j + 1 }));
        if (opts.onScale && !SAATY_SCALE.some((v) => Math.abs(v - a) < 1e-9)) {
          out.push(problem(i, j, 'vMatrixScale', { i: i + 1, j: j + 1, value: a }));
        }
      }
    }
  }
  return out;
}

/** Principal eigenvector by power iteration (converges for positive reciprocal matrices). */
export function principalEigenvector(m: Matrix): { weights: number[]; lambdaMax: number } {
  const n = m.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = m.map((row) => row.reduce((acc, a, j) => acc + a * (w[j] as number), 0));
    const sum = next.reduce((a, b) => a + b, 0);
    const normed = next.map((v) => v / sum);
    const delta = normed.reduce((acc, v, i) => Math.max(acc, Math.abs(v - (w[i] as number))), 0);
    w = normed;
    if (delta < 1e-15) break;
  }
  const aw = m.map((row) => row.reduce((acc, a, j) => acc + a * (w[j] as number), 0));
  const lambdaMax = aw.reduce((acc, v, i) => acc + v / (w[i] as number), 0) / n;
  return { weights: w, lambdaMax };
}

export function ahp(m: Matrix): AhpResult {
  const n = m.length;
  const { weights, lambdaMax } = principalEigenvector(m);
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = SAATY_RI[n];
  const cr = ri === undefined || ri === 0 ? null : ci / ri;
  return { weights, lambdaMax, ci, cr, consistent: cr === null || cr < CR_THRESHOLD };
}

export interface Inconsistency {
  readonly i: number;
  readonly j: number;
  /** The judgement given. */
  readonly given: number;
  /** wᵢ/wⱼ: the judgement the weights imply. */
  readonly implied: number;
  /** |ln(aᵢⱼ·wⱼ/wᵢ)|: 0 for a perfectly consistent judgement. */
  readonly deviation: number;
}

/** Judgements ordered by how far they are from what the weights imply (largest first). */
export function inconsistencies(m: Matrix, weights: readonly number[]): Inconsistency[] {
  const out: Inconsistency[] = [];
  for (let i = 0; i < m.length; i++) {
    for (let j = i + 1; j < m.length; j++) {
      const given = m[i]?.[j] as number;
      const implied = (weights[i] as number) / (weights[j] as number);
      out.push({ i, j, given, implied, deviation: Math.abs(Math.log(given / implied)) });
    }
  }
  return out.sort((a, b) => b.deviation - a.deviation);
}

/** Group judgement (an FGD): the element-wise geometric mean of the participants' matrices. */
export function groupMatrix(matrices: readonly Matrix[]): number[][] {
  if (matrices.length === 0) throw new Error('no participants');
  const n = (matrices[0] as Matrix).length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      Math.exp(matrices.reduce((acc, m) => acc + Math.log(m[i]?.[j] as number), 0) / matrices.length),
    ),
  );
}

/** A full reciprocal matrix from its upper triangle (row by row, i < j). */
export function fromUpperTriangle(n: number, upper: readonly number[]): number[][] {
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = upper[k++] as number;
      (m[i] as number[])[j] = a;
      (m[j] as number[])[i] = 1 / a;
    }
  }
  return m;
}
