import { describe, expect, it } from 'vitest';
import { criticWeights, entropyWeights } from './objective';

// Rows = candidates, columns = criteria, values x″ (min–max, benefit orientation).
// Column 1 = (1, ½, 0), column 2 = (0, 0, 1).
const X = [
  [1, 0],
  [0.5, 0],
  [0, 1],
];

describe('entropy weights (hand-computed)', () => {
  it('weights the column that concentrates on one candidate more', () => {
    // Column 1: p = (2/3, 1/3, 0), e₁ = −(2/3·ln 2/3 + 1/3·ln 1/3)/ln 3 = 0.579380164285695, d₁ = 0.420619835714305.
    // Column 2: p = (0, 0, 1), e₂ = 0, d₂ = 1. w = d / (d₁ + d₂).
    const r = entropyWeights(X, 2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d1 = 1 - ((2 / 3) * Math.log(1.5)) / Math.log(3) - ((1 / 3) * Math.log(3)) / Math.log(3);
    expect(d1).toBeCloseTo(0.420619835714305, 12);
    expect(r.weights[0]).toBeCloseTo(0.420619835714305 / 1.420619835714305, 12);
    expect(r.weights[1]).toBeCloseTo(1 / 1.420619835714305, 12);
  });

  it('a column of zeros gets d = 0; equal columns give no contrast; one candidate is refused', () => {
    const z = entropyWeights(
      [
        [1, 0],
        [0, 0],
      ],
      2,
    );
    expect(z).toEqual({ ok: true, weights: [1, 0] });
    expect(
      entropyWeights(
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        2,
      ),
    ).toEqual({ ok: false, reason: 'no_contrast' });
    expect(entropyWeights([[1, 0]], 2)).toEqual({ ok: false, reason: 'too_few_candidates' });
  });
});

describe('CRITIC weights (hand-computed)', () => {
  it('σ with n − 1, Pearson r, C = σ Σ(1 − r)', () => {
    // σ₁ = √((¼ + 0 + ¼)/2) = ½, σ₂ = √((1/9 + 1/9 + 4/9)/2) = 1/√3,
    // r₁₂ = (½·(−⅓) + 0 + (−½)·⅔) / √(½ · ⅔) = −√3/2.
    // C₁ = ½(1 + √3/2), C₂ = (1/√3)(1 + √3/2) → w₁ = (½)/(½ + 1/√3) = 2√3 − 3, w₂ = 4 − 2√3.
    const r = criticWeights(X, 2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.weights[0]).toBeCloseTo(2 * Math.sqrt(3) - 3, 12);
    expect(r.weights[1]).toBeCloseTo(4 - 2 * Math.sqrt(3), 12);
  });

  it('a constant column has C = 0 and its correlation with the others counts as 0', () => {
    // Column 2 constant (all ½): σ₂ = 0 → C₂ = 0; r₁₂ = 0 → C₁ = σ₁·(0 + 1) = √½.
    const r = criticWeights(
      [
        [1, 0.5],
        [0, 0.5],
        [0.5, 0.5],
      ],
      2,
    );
    expect(r).toEqual({ ok: true, weights: [1, 0] });
    // Three criteria: the third constant, so C₁ = σ₁(0 + 1 − r₁₂ + 1), not σ₁(1 − r₁₂).
    const three = criticWeights(
      [
        [1, 0, 0.5],
        [0, 1, 0.5],
      ],
      3,
    );
    // Columns 1 and 2: σ = √½ each, r₁₂ = −1 → C₁ = C₂ = √½ · (0 + 2 + 1) → w = ½, ½, 0.
    expect(three.ok && three.weights.map((w) => Math.round(w * 1e12) / 1e12)).toEqual([0.5, 0.5, 0]);
  });

  it('all C = 0 and a single candidate are refused', () => {
    expect(
      criticWeights(
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        2,
      ),
    ).toEqual({ ok: false, reason: 'no_contrast' });
    expect(criticWeights([[1, 1]], 2)).toEqual({ ok: false, reason: 'too_few_candidates' });
  });
});
