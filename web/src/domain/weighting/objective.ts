/**
 * Objective weights from the candidates' data (docs/scoring.md, "Objective weights"): entropy and
 * CRITIC, both on x″, each criterion's min–max normalised value in benefit orientation over the
 * candidates after the missing-data rule (rows = candidates, columns = criteria). They are a
 * baseline to set beside the room's weights, not a replacement for the room's judgement.
 */
export type ObjectiveKind = 'entropy' | 'critic';
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['entropy', 'critic'];

export type ObjectiveRefusal =
  /** Fewer than two candidates: nothing to tell criteria apart by. */
  | 'too_few_candidates'
  /** Every criterion is equally spread (entropy: all dⱼ = 0; CRITIC: all Cⱼ = 0). */
  | 'no_contrast';

export type ObjectiveWeights =
  | { readonly ok: true; readonly weights: readonly number[] }
  | { readonly ok: false; readonly reason: ObjectiveRefusal };

const column = (x: readonly (readonly number[])[], j: number) => x.map((row) => row[j] as number);
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Entropy: pᵢⱼ = x″ᵢⱼ / Σᵢ x″ᵢⱼ, eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ (0·ln 0 = 0), dⱼ = 1 − eⱼ,
 * wⱼ = dⱼ / Σₖ dₖ; a column with Σᵢ x″ᵢⱼ = 0 gets dⱼ = 0.
 */
export function entropyWeights(x: readonly (readonly number[])[], n: number): ObjectiveWeights {
  const m = x.length;
  if (m < 2) return { ok: false, reason: 'too_few_candidates' };
  const d = Array.from({ length: n }, (_, j) => {
    const col = column(x, j);
    const total = sum(col);
    if (total <= 0) return 0;
    const e = -sum(col.map((v) => (v > 0 ? (v / total) * Math.log(v / total) : 0))) / Math.log(m);
    // e can exceed 1 by rounding when every value is equal; d is never negative.
    return Math.max(0, 1 - e);
  });
  return normalised(d);
}

/**
 * CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): σⱼ the sample standard deviation (n − 1) of
 * x″·ⱼ, rⱼₖ the Pearson correlation (0 where either column is constant), Cⱼ = σⱼ Σₖ (1 − rⱼₖ),
 * wⱼ = Cⱼ / Σₖ Cₖ.
 */
export function criticWeights(x: readonly (readonly number[])[], n: number): ObjectiveWeights {
  const m = x.length;
  if (m < 2) return { ok: false, reason: 'too_few_candidates' };
  const cols = Array.from({ length: n }, (_, j) => column(x, j));
  const means = cols.map((c) => sum(c) / m);
  const centred = cols.map((c, j) => c.map((v) => v - (means[j] as number)));
  const ss = centred.map((c) => sum(c.map((v) => v * v)));
  const sd = ss.map((s) => Math.sqrt(s / (m - 1)));
  const r = (j: number, k: number) => {
    if (j === k) return 1;
    const denom = Math.sqrt((ss[j] as number) * (ss[k] as number));
    if (!(denom > 0)) return 0;
    return sum((centred[j] as number[]).map((v, i) => v * ((centred[k] as number[])[i] as number))) / denom;
  };
  const c = sd.map((s, j) => (s > 0 ? s * sum(cols.map((_, k) => 1 - r(j, k))) : 0));
  return normalised(c);
}

function normalised(v: readonly number[]): ObjectiveWeights {
  const total = sum(v);
  if (!(total > 0)) return { ok: false, reason: 'no_contrast' };
  return { ok: true, weights: v.map((x) => x / total) };
}

export function objectiveWeights(kind: ObjectiveKind, x: readonly (readonly number[])[], n: number): ObjectiveWeights {
  return kind === 'entropy' ? entropyWeights(x, n) : criticWeights(x, n);
}
