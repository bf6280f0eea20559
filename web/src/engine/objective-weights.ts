import { objectiveInputScenario, objectiveWeightsOf, withObjectiveWeights } from '../domain/scoring/objective-input';
import type { Scenario } from '../domain/scoring/scenario';
import type { ObjectiveKind, ObjectiveRefusal, ObjectiveWeights } from '../domain/weighting/objective';
import type { SqlEngine } from './engine';
import { runScoring } from './run-scoring';

/** Entropy and CRITIC weights of a scenario's candidates, from one SQL run (docs/scoring.md). */
export async function objectiveWeightsFor(
  engine: SqlEngine,
  s: Scenario,
): Promise<Readonly<Record<ObjectiveKind, ObjectiveWeights>>> {
  const { rows } = await runScoring(engine, objectiveInputScenario(s));
  return objectiveWeightsOf(rows, s.criteria.length);
}

/**
 * The scenario with the weights it is ranked with: unchanged without `weights_from`, else with
 * the objective weights computed now from the data in the engine (user data included).
 */
export async function resolveObjectiveWeights(
  engine: SqlEngine,
  s: Scenario,
): Promise<
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly reason: ObjectiveRefusal }
> {
  const kind = s.weights_from;
  if (!kind) return { ok: true, scenario: s };
  const w = (await objectiveWeightsFor(engine, s))[kind];
  return w.ok ? { ok: true, scenario: withObjectiveWeights(s, kind, w.weights) } : { ok: false, reason: w.reason };
}
