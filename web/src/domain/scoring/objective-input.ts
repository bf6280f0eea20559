import { type ObjectiveKind, type ObjectiveWeights, objectiveWeights } from '../weighting/objective';
import type { Scenario } from './scenario';
import type { ScoredRow } from './score-types';

/**
 * The scenario whose WLC contributions are exactly x″ / n for objective weights: the same
 * candidates, constraints and missing rules, every criterion min–max normalised, unit weights.
 * Running it through either scoring implementation gives the matrix the definitions need.
 */
export function objectiveInputScenario(s: Scenario): Scenario {
  const { ahp: _a, weights_from: _w, ...rest } = s;
  return {
    ...rest,
    method: 'wlc',
    criteria: s.criteria.map((c) => ({ ...c, weight: 1, normalisation: { kind: 'minmax' } })),
  };
}

/** x″ per ranked candidate (rows) and criterion (columns), from a run of objectiveInputScenario. */
export function objectiveMatrix(rows: readonly ScoredRow[], n: number): number[][] {
  return rows.filter((r) => r.rank !== null).map((r) => (r.contributions ?? []).map((k) => k * n));
}

/** Both objective weightings of one run of objectiveInputScenario. */
export function objectiveWeightsOf(
  rows: readonly ScoredRow[],
  n: number,
): Readonly<Record<ObjectiveKind, ObjectiveWeights>> {
  const x = objectiveMatrix(rows, n);
  return { entropy: objectiveWeights('entropy', x, n), critic: objectiveWeights('critic', x, n) };
}

/**
 * The scenario ranked with objective weights: weights as percentages rounded to 0.01 (as AHP's
 * are), `weights_from` kept so the file and report say where they came from.
 */
export function withObjectiveWeights(s: Scenario, kind: ObjectiveKind, w: readonly number[]): Scenario {
  const { ahp: _a, ...rest } = s;
  return {
    ...rest,
    weights_from: kind,
    criteria: s.criteria.map((c, j) => ({ ...c, weight: Math.round((w[j] ?? 0) * 10000) / 100 })),
  };
}
