import { describe, expect, it } from 'vitest';
import { ahp, checkMatrix, fromUpperTriangle, groupMatrix, inconsistencies } from './ahp';

// Reference values computed independently with NumPy (numpy.linalg.eig, principal eigenvector,
// normalised to sum 1) for the matrices below; RI from Saaty (n=3: 0.58, n=4: 0.90).
const A3 = fromUpperTriangle(3, [3, 5, 3]);
const B4 = [
  [1, 1 / 3, 1 / 9, 1 / 5],
  [3, 1, 1, 1],
  [9, 1, 1, 3],
  [5, 1, 1 / 3, 1],
];

describe('ahp', () => {
  it('3×3 textbook matrix: weights, λmax, CI, CR to 1e-9', () => {
    const r = ahp(A3);
    const ref = [0.6369855717447569, 0.2582849943744952, 0.10472943388074793];
    for (const [i, w] of r.weights.entries()) expect(Math.abs(w - (ref[i] as number))).toBeLessThan(1e-9);
    expect(Math.abs(r.lambdaMax - 3.0385110905581745)).toBeLessThan(1e-9);
    expect(Math.abs(r.ci - 0.01925554527908724)).toBeLessThan(1e-9);
    expect(Math.abs((r.cr as number) - 0.033199215998426276)).toBeLessThan(1e-9);
    expect(r.consistent).toBe(true);
  });

  it('4×4 matrix with reciprocals', () => {
    const r = ahp(B4);
    const ref = [0.05759632435969315, 0.2663244163361677, 0.4546260746582325, 0.2214531846459067];
    for (const [i, w] of r.weights.entries()) expect(Math.abs(w - (ref[i] as number))).toBeLessThan(1e-9);
    expect(Math.abs(r.lambdaMax - 4.187346635584991)).toBeLessThan(1e-9);
    expect(Math.abs((r.cr as number) - 0.0693876428092558)).toBeLessThan(1e-9);
  });

  it('group AHP is the element-wise geometric mean (NumPy reference)', () => {
    const g = groupMatrix([A3, fromUpperTriangle(3, [5, 7, 2])]);
    expect(Math.abs((g[0]?.[1] as number) - 3.872983346207417)).toBeLessThan(1e-12);
    expect(Math.abs((g[1]?.[0] as number) - 0.2581988897471611)).toBeLessThan(1e-12);
    const r = ahp(g);
    const ref = [0.6912628940022859, 0.20891038360267397, 0.0998267223950403];
    for (const [i, w] of r.weights.entries()) expect(Math.abs(w - (ref[i] as number))).toBeLessThan(1e-9);
    expect(Math.abs((r.cr as number) - 0.021404480345523093)).toBeLessThan(1e-9);
  });

  it('flags an inconsistent matrix and points at the judgement that causes it', () => {
    // 1 ≻ 2 (9), 2 ≻ 3 (9) but 3 ≻ 1 (9): circular.
    const bad = fromUpperTriangle(3, [9, 1 / 9, 9]);
    const r = ahp(bad);
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.consistent).toBe(false);
    const top = inconsistencies(bad, r.weights);
    expect(top[0]?.deviation).toBeGreaterThan(top[2]?.deviation as number);
  });

  it('rejects non-reciprocal and off-scale matrices with the cell named', () => {
    expect(
      checkMatrix(
        [
          [1, 3],
          [3, 1],
        ],
        { onScale: true },
      )[0]?.message,
    ).toMatch(/reciprocal/);
    expect(checkMatrix(fromUpperTriangle(2, [2.5]), { onScale: true })[0]?.message).toMatch(/not on Saaty/);
    expect(checkMatrix(fromUpperTriangle(2, [2.5]), { onScale: false })).toEqual([]);
    expect(
      checkMatrix(
        [
          [2, 1],
          [1, 1],
        ],
        { onScale: true },
      )[0]?.message,
    ).toMatch(/must be 1/);
    expect(checkMatrix(A3, { onScale: true })).toEqual([]);
  });

  it('n = 2 has no CR (always consistent)', () => {
    const r = ahp(fromUpperTriangle(2, [3]));
    expect(r.cr).toBeNull();
    expect(r.weights[0]).toBeCloseTo(0.75, 12);
  });
});
