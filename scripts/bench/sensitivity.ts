/**
 * `npm run bench` (part 3): Monte Carlo sensitivity, 1,000 seeded weight draws × 514 kab/kota
 * (the coconut example's five criteria, scope widened to all Indonesia, no constraints), in Node's
 * V8 — the same pure TypeScript the browser runs. Target ≤ 1 s (median of 5).
 */
import { monteCarlo } from '../../web/src/domain/decision/sensitivity';
import { buildCandidates } from '../../web/src/domain/scoring/candidates';
import { scoringMatrix } from '../../web/src/domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../../web/src/domain/scoring/scenario';
import { exampleScenario, facilities, headline, regions } from '../../web/src/engine/embedded-data';
import { median } from './stats';

const example = exampleScenario;
const scenario: Scenario = { ...example, scope: { provinces: [] }, constraints: [] };
const m = scoringMatrix(scenario, buildCandidates(regions, headline, facilities, requiredColumns(scenario)));
const times: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  monteCarlo(
    m,
    scenario.criteria.map((c) => c.weight),
    { draws: 1000, spread: 0.2, seed: 42 + k },
  );
  times.push(performance.now() - t0);
}
const med = Math.round(median(times));
console.log(
  `\nMonte Carlo sensitivity: 1,000 draws × ${m.codes.length} kab/kota × ${scenario.criteria.length} criteria (Node ${process.version})`,
);
console.log(
  `median ${med} ms (runs: ${times.map(Math.round).join(', ')}) — target ≤ 1000 ms: ${med <= 1000 ? 'met' : 'MISSED'}`,
);
process.exit(med <= 1000 ? 0 : 1);
