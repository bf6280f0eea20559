import { beforeAll, describe, expect, it } from 'vitest';
import { ranksFor, scoresFor } from '../domain/decision/sensitivity';
import { buildCandidates } from '../domain/scoring/candidates';
import { compileScoringSql } from '../domain/scoring/compile-sql';
import { objectiveInputScenario, objectiveWeightsOf } from '../domain/scoring/objective-input';
import { scoreOracle, scoringMatrix } from '../domain/scoring/oracle';
import { requiredColumns, type Scenario, validateScenario } from '../domain/scoring/scenario';
import type { ScoredRow } from '../domain/scoring/score-types';
import { exampleScenario, facilities, headline, observationsCsv, regions } from './embedded-data';
import type { SqlEngine } from './engine';
import { loadTables } from './load-tables';
import { createNodeEngine } from './node-engine';
import { objectiveWeightsFor, resolveObjectiveWeights } from './objective-weights';
import { runScoring } from './run-scoring';

const example = exampleScenario;

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadTables(engine, { observationsCsv, regions, facilities });
}, 60_000);

function oracle(s: Scenario): ScoredRow[] {
  return scoreOracle(s, buildCandidates(regions, headline, facilities, requiredColumns(s)));
}

async function expectAgreement(s: Scenario) {
  const v = validateScenario(s);
  expect(v.ok, JSON.stringify(v)).toBe(true);
  const ts = oracle(s);
  const { rows: sql } = await runScoring(engine, s);
  // The SQL shown to the user (weights written out) returns what the prepared run returned.
  const shown = await engine.query(compileScoringSql(s).scoreSql);
  expect(shown.map((r) => [r.kemendagri_code, r.rank, r.score])).toEqual(
    sql.map((r) => [r.kemendagri_code, r.rank, r.score]),
  );
  const byCode = new Map(sql.map((r) => [r.kemendagri_code, r]));
  expect(sql.length).toBe(ts.length);
  for (const t of ts) {
    const q = byCode.get(t.kemendagri_code);
    if (!q) throw new Error(`SQL lacks ${t.kemendagri_code}`);
    expect(q.excluded, t.kemendagri_code).toEqual(t.excluded);
    expect(q.rank, t.kemendagri_code).toBe(t.rank);
    t.raw.forEach((v, j) => {
      if (v === null) expect(q.raw[j]).toBeNull();
      else expect(Math.abs((q.raw[j] as number) - v)).toBeLessThan(1e-9 * Math.max(1, Math.abs(v)));
    });
    if (t.score === null) expect(q.score).toBeNull();
    else expect(Math.abs((q.score as number) - t.score)).toBeLessThan(1e-9);
    for (const [j, k] of (t.contributions ?? []).entries()) {
      expect(
        Math.abs((q.contributions?.[j] ?? Number.NaN) - k),
        `${s.method} ${t.kemendagri_code} k${j} ${JSON.stringify(q.contributions)} ${JSON.stringify(t.contributions)}`,
      ).toBeLessThan(1e-9);
    }
  }
  return ts;
}

const variant = (patch: Partial<Scenario>): Scenario => ({ ...example, ...patch });

describe('scoring: TypeScript oracle and DuckDB SQL agree on the real data', () => {
  it('on the coconut-processing example (Sulteng, WLC)', async () => {
    const rows = await expectAgreement(example);
    const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
    expect(ranked).toHaveLength(12); // 13 kab/kota minus Kota Palu (cities excluded)
    expect(rows.find((r) => r.kemendagri_code === '72.71')?.excluded).toEqual({ kind: 'constraint', index: 0 });
    // WLC contributions add up to the score.
    for (const r of ranked)
      expect(Math.abs((r.contributions ?? []).reduce((a, b) => a + b, 0) - (r.score as number))).toBeLessThan(1e-12);
  });

  it('for every normalisation and missing-data rule', async () => {
    const kinds = [
      { kind: 'minmax' },
      { kind: 'rank' },
      { kind: 'zscore' },
      { kind: 'fixed', min: 0, max: 500 },
      { kind: 'sigmoid', midpoint: 100, spread: 50 },
    ] as const;
    for (const normalisation of kinds) {
      for (const missing of ['exclude', 'worst', 'median'] as const) {
        await expectAgreement(
          variant({
            criteria: [
              { id: 'dist:port', direction: 'cost', normalisation, weight: 2, missing },
              {
                id: 'ind:kakao_production',
                direction: 'benefit',
                normalisation: { kind: 'minmax' },
                weight: 1,
                missing,
              },
              { id: 'per_km2:pop_2024', direction: 'benefit', normalisation, weight: 1.5, missing: 'worst' },
              // Many ties (0, 1, 2… ports per kab/kota) exercise the tie rules of each normalisation.
              { id: 'ind:port_count', direction: 'benefit', normalisation, weight: 1, missing: 'worst' },
            ],
          }),
        );
      }
    }
  });

  it('with WPM and OWA (α from "any" to "all"), for every [0,1] normalisation and rule, nationally too', async () => {
    const kinds = [
      { kind: 'minmax' },
      { kind: 'rank' },
      { kind: 'fixed', min: 0, max: 500 },
      { kind: 'sigmoid', midpoint: 100, spread: 50 },
    ] as const;
    const methods = [
      { method: 'wpm' },
      { method: 'owa', owa_alpha: 0.1 },
      { method: 'owa', owa_alpha: 1 },
      { method: 'owa', owa_alpha: 3.5 },
    ] as const;
    for (const m of methods) {
      await expectAgreement(variant(m));
      await expectAgreement(variant({ ...m, scope: { provinces: [] }, constraints: [] }));
      for (const normalisation of kinds) {
        for (const missing of ['exclude', 'worst', 'median'] as const) {
          await expectAgreement(
            variant({
              ...m,
              criteria: [
                { id: 'dist:port', direction: 'cost', normalisation, weight: 2, missing },
                { id: 'ind:kakao_production', direction: 'benefit', normalisation, weight: 1, missing },
                { id: 'ind:port_count', direction: 'benefit', normalisation, weight: 0, missing: 'worst' },
                { id: 'per_km2:pop_2024', direction: 'benefit', normalisation, weight: 1.5, missing: 'worst' },
              ],
            }),
          );
        }
      }
    }
  });

  it('OWA with α = 1 ranks exactly as WLC, and its parts add up to the score', async () => {
    const w = await expectAgreement(variant({ method: 'wlc' }));
    const o = await expectAgreement(variant({ method: 'owa', owa_alpha: 1 }));
    for (const r of o) {
      const twin = w.find((x) => x.kemendagri_code === r.kemendagri_code);
      expect(r.rank).toBe(twin?.rank);
      if (r.score !== null) {
        expect(Math.abs(r.score - (twin?.score as number))).toBeLessThan(1e-12);
        expect(Math.abs((r.contributions ?? []).reduce((a, b) => a + b, 0) - r.score)).toBeLessThan(1e-12);
      }
    }
  });

  it('with TOPSIS, thresholds and distance constraints, nationally', async () => {
    await expectAgreement(variant({ method: 'topsis' }));
    await expectAgreement(
      variant({
        scope: { provinces: [] },
        method: 'topsis',
        criteria: [
          { id: 'ind:pop_2024', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 1, missing: 'median' },
          { id: 'dist:estate', direction: 'cost', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
          {
            id: 'per_capita:sentra_count',
            direction: 'benefit',
            normalisation: { kind: 'rank' },
            weight: 1,
            missing: 'worst',
          },
        ],
        constraints: [
          { kind: 'threshold', criterion: 'ind:area_km2', op: '>=', value: 500 },
          { kind: 'within_km', facility: 'port', km: 150 },
          { kind: 'exclude_regions', codes: ['72.06'] },
          { kind: 'exclude_provinces', codes: ['31', '32'] },
        ],
      }),
    );
    await expectAgreement(
      variant({
        scope: { provinces: ['73', '52'] },
        criteria: [
          {
            id: 'ind:density_2024',
            direction: 'benefit',
            normalisation: { kind: 'zscore' },
            weight: 3,
            missing: 'exclude',
          },
          { id: 'dist:kek', direction: 'cost', normalisation: { kind: 'rank' }, weight: 1, missing: 'worst' },
        ],
        constraints: [],
      }),
    );
  });

  it('with proximity criteria: nearest sentra (any, same commodity) and facilities within R km', async () => {
    for (const scope of [['72'], []]) {
      const rows = await expectAgreement(
        variant({
          scope: { provinces: scope },
          criteria: [
            {
              id: 'dist:sentra~kelapa',
              direction: 'cost',
              normalisation: { kind: 'minmax' },
              weight: 2,
              missing: 'worst',
            },
            { id: 'dist:sentra', direction: 'cost', normalisation: { kind: 'rank' }, weight: 1, missing: 'worst' },
            {
              id: 'count:port:50',
              direction: 'benefit',
              normalisation: { kind: 'minmax' },
              weight: 1,
              missing: 'worst',
            },
            {
              id: 'count:estate:150',
              direction: 'benefit',
              normalisation: { kind: 'minmax' },
              weight: 1,
              missing: 'worst',
            },
          ],
          constraints: [],
        }),
      );
      // Morowali has IMIP, IHIP and ATI within 150 km of its inside point.
      const m = rows.find((r) => r.kemendagri_code === '72.06');
      expect(m?.raw[3]).toBeGreaterThanOrEqual(3);
    }
  });

  it('with port classes: the nearest pengumpul-or-higher port is never nearer than the nearest port', async () => {
    for (const scope of [['72'], ['72', '73', '52']]) {
      const rows = await expectAgreement(
        variant({
          scope: { provinces: scope },
          criteria: [
            { id: 'dist:port', direction: 'cost', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
            {
              id: 'dist:port@pengumpul',
              direction: 'cost',
              normalisation: { kind: 'minmax' },
              weight: 2,
              missing: 'worst',
            },
            {
              id: 'count:port@utama:100',
              direction: 'benefit',
              normalisation: { kind: 'minmax' },
              weight: 1,
              missing: 'worst',
            },
          ],
          constraints: [],
        }),
      );
      for (const r of rows) expect(r.raw[1] as number, r.kemendagri_code).toBeGreaterThanOrEqual(r.raw[0] as number);
      // Kota Palu: Pantoloan (utama) lies within 100 km.
      expect(rows.find((r) => r.kemendagri_code === '72.71')?.raw[2]).toBeGreaterThanOrEqual(1);
    }
  });

  it('with operating estates only: never nearer than any estate; KEK Palu counts for Kota Palu', async () => {
    const rows = await expectAgreement(
      variant({
        scope: { provinces: [] },
        criteria: [
          { id: 'dist:estate', direction: 'cost', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
          {
            id: 'dist:estate@operating',
            direction: 'cost',
            normalisation: { kind: 'minmax' },
            weight: 1,
            missing: 'worst',
          },
          {
            id: 'count:kek@operating:200',
            direction: 'benefit',
            normalisation: { kind: 'minmax' },
            weight: 1,
            missing: 'worst',
          },
        ],
        constraints: [],
      }),
    );
    for (const r of rows)
      if (r.raw[0] !== null) expect(r.raw[1] as number, r.kemendagri_code).toBeGreaterThanOrEqual(r.raw[0] as number);
    // Kota Palu: KEK Palu (operating since 2017) lies within 200 km.
    expect(rows.find((r) => r.kemendagri_code === '72.71')?.raw[2]).toBeGreaterThanOrEqual(1);
  });

  it('ties break by Kemendagri code; a criterion with one value everywhere adds 0.5·w to all', async () => {
    const s = variant({
      criteria: [
        {
          id: 'ind:estate_count',
          direction: 'benefit',
          normalisation: { kind: 'minmax' },
          weight: 1,
          missing: 'worst',
        },
      ],
      constraints: [{ kind: 'exclude_regions', codes: ['72.06', '72.12', '72.71'] }],
    });
    const rows = await expectAgreement(s);
    const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
    // Every remaining Sulteng kab/kota has 0 listed estates: all 0.5, ordered by code.
    expect(ranked.every((r) => r.score === 0.5)).toBe(true);
    expect(ranked.map((r) => r.kemendagri_code)).toEqual([...ranked.map((r) => r.kemendagri_code)].sort());
  });

  it('keeps quoting safe: an indicator id with quotes and a semicolon is a literal, not SQL', async () => {
    const s = variant({
      criteria: [
        {
          id: `ind:x'); DROP TABLE regions; --`,
          direction: 'benefit',
          normalisation: { kind: 'minmax' },
          weight: 1,
          missing: 'worst',
        },
      ],
      constraints: [],
    });
    const { rows } = await runScoring(engine, s);
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.raw[0] === null)).toBe(true);
    expect((await engine.query('SELECT count(*) AS n FROM regions'))[0]?.n).toBe(514);
  });
});

describe('sensitivity matrix', () => {
  it('reproduces the oracle scores and ranks for the current weights (every method)', () => {
    for (const patch of [
      { method: 'wlc' },
      { method: 'topsis' },
      { method: 'wpm' },
      { method: 'owa', owa_alpha: 4 },
    ] as const) {
      const s = variant(patch);
      const rows = oracle(s).filter((r) => r.rank !== null);
      const m = scoringMatrix(s, buildCandidates(regions, headline, facilities, requiredColumns(s)));
      const scores = scoresFor(
        m,
        s.criteria.map((c) => c.weight),
      );
      const ranks = ranksFor(m, scores);
      m.codes.forEach((code, i) => {
        const r = rows.find((x) => x.kemendagri_code === code);
        expect(Math.abs((scores[i] as number) - (r?.score as number))).toBeLessThan(1e-12);
        expect(ranks[i]).toBe(r?.rank);
      });
    }
  });
});

describe('objective weights: the same from the oracle and from SQL, on the real data', () => {
  it('entropy and CRITIC of the example (Sulteng) and of all Indonesia with every missing rule', async () => {
    const cases: Scenario[] = [example];
    for (const missing of ['worst', 'median', 'exclude'] as const)
      cases.push(variant({ scope: { provinces: [] }, criteria: example.criteria.map((c) => ({ ...c, missing })) }));
    for (const s of cases) {
      const input = objectiveInputScenario(s);
      const fromOracle = objectiveWeightsOf(oracle(input), s.criteria.length);
      const fromSql = await objectiveWeightsFor(engine, s);
      for (const kind of ['entropy', 'critic'] as const) {
        const a = fromOracle[kind];
        const b = fromSql[kind];
        expect(a.ok && b.ok, `${kind} ${JSON.stringify(b)}`).toBe(true);
        if (!a.ok || !b.ok) continue;
        expect(a.weights.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
        for (const [j, w] of a.weights.entries()) expect(Math.abs(w - (b.weights[j] as number))).toBeLessThan(1e-9);
      }
    }
  });

  it('a scenario with weights_from is ranked with those weights (resolved before scoring)', async () => {
    const s: Scenario = { ...example, weights_from: 'critic' };
    const r = await resolveObjectiveWeights(engine, s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = (await objectiveWeightsFor(engine, s)).critic;
    if (!w.ok) throw new Error('CRITIC refused');
    r.scenario.criteria.forEach((c, j) => {
      expect(c.weight).toBeCloseTo((w.weights[j] as number) * 100, 2);
    });
    // The weights differ from the room's, so does the ranking's score vector.
    await expectAgreement(r.scenario);
    expect(r.scenario.criteria.map((c) => c.weight)).not.toEqual(example.criteria.map((c) => c.weight));
  });
});
