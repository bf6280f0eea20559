/**
 * `npm run bench` (part 3): the stability and missing-data rank ranges the app computes after each
 * ranking — 1,000 seeded draws of the weights alone, then 1,000 of weights and missing values
 * together, over 514 kab/kota (the coconut example's five criteria, scope widened to all
 * Indonesia, no constraints) — in Node's V8, the same pure TypeScript the browser's worker runs.
 * Target ≤ 300 ms for both (median of 5); in the app it runs off the main thread.
 */
import { computeUncertainty } from '../../web/src/domain/decision/uncertainty';
import { buildCandidates } from '../../web/src/domain/scoring/candidates';
import { scoringMatrix } from '../../web/src/domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../../web/src/domain/scoring/scenario';
import { exampleScenario, facilities, headline, regions } from '../../web/src/engine/embedded-data';
import { median } from './stats';

const example = exampleScenario;
const scenario: Scenario = { ...example, scope: { provinces: [] }, constraints: [] };
const m = scoringMatrix(scenario, buildCandidates(regions, headline, facilities, requiredColumns(scenario)));
const missing = (m.missing ?? []).flat().filter(Boolean).length;
const times: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  computeUncertainty({
    matrix: m,
    weights: scenario.criteria.map((c) => c.weight),
    opts: { draws: 1000, spread: 0.2, seed: 42 + k },
  });
  times.push(performance.now() - t0);
}
const med = Math.round(median(times));
const TARGET = 300;
console.log(
  `\nStability + missing-data rank ranges: 2 × 1,000 draws × ${m.codes.length} kab/kota × ${scenario.criteria.length} criteria, ${missing} values filled in (Node ${process.version})`,
);
console.log(
  `median ${med} ms (runs: ${times.map(Math.round).join(', ')}) — target ≤ ${TARGET} ms: ${med <= TARGET ? 'met' : 'MISSED'}`,
);
process.exit(med <= TARGET ? 0 : 1);
