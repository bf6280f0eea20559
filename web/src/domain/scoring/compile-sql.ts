import { EARTH_RADIUS_KM, parseCriterionId } from './criteria';
import { type Criterion, requiredColumns, type Scenario } from './scenario';
import { quoteIdent, quoteLiteral, sqlNumber } from './sql-quote';

/**
 * The SQL twin of oracle.ts: one query over the tables `regions`, `observations` and
 * `facilities` (see engine/load-tables.ts) returning one row per kab/kota in scope with
 * its raw values (c0…), exclusion, score, rank and contributions (k0…).
 */
export interface ScoringTables {
  readonly regions: string;
  readonly observations: string;
  readonly facilities: string;
}

export const DEFAULT_TABLES: ScoringTables = {
  regions: 'regions',
  observations: 'observations',
  facilities: 'facilities',
};

export interface CompiledScoring {
  /** Materialises the raw criterion values (`scoring_raw`); depends only on `rawKey`. */
  readonly rawSql: string;
  /** Identifies rawSql's inputs (columns, scope, tables): re-run it only when this changes. */
  readonly rawKey: string;
  /** The scoring proper over `scoring_raw`; runs on every change (weights, rules, method…). */
  readonly scoreSql: string;
  /**
   * scoreSql with the normalised weights as parameters `$1…`, equal to scoreSql when run with
   * `weightParams`. A weight change leaves its text as it was, so the engine
   * reuses one prepared statement instead of planning the query again (~14 → ~3 ms here).
   */
  readonly scoreTemplate: string;
  /** The normalised weights the template reads, in the order of its parameters. */
  readonly weightParams: readonly number[];
}

/** Name of the materialised raw-value table. */
export const RAW_TABLE = 'scoring_raw';

export function compileScoringSql(s: Scenario, tables: ScoringTables = DEFAULT_TABLES): CompiledScoring {
  const T = { r: quoteIdent(tables.regions), o: quoteIdent(tables.observations), f: quoteIdent(tables.facilities) };
  const cols = requiredColumns(s);
  const n = s.criteria.length;
  const idx = (id: string) => cols.indexOf(id);
  const totalWeight = s.criteria.reduce((a, c) => a + c.weight, 0);
  const w = s.criteria.map((c) => c.weight / totalWeight);
  const J = [...Array(n).keys()];

  const rawSelect = cols.map((id, j) => `    ${rawExpr(id, T)} AS c${j}`).join(',\n');
  const scope =
    s.scope.provinces.length === 0
      ? 'TRUE'
      : `r.kemendagri_prov_code IN (${s.scope.provinces.map(quoteLiteral).join(', ')})`;

  const reasons: string[] = [];
  s.constraints.forEach((c, i) => {
    let cond: string;
    if (c.kind === 'region_kind') cond = `kind NOT IN (${c.allow.map(quoteLiteral).join(', ')})`;
    else if (c.kind === 'exclude_provinces')
      cond = c.codes.length === 0 ? 'FALSE' : `kemendagri_prov_code IN (${c.codes.map(quoteLiteral).join(', ')})`;
    else if (c.kind === 'exclude_regions')
      cond = c.codes.length === 0 ? 'FALSE' : `kemendagri_code IN (${c.codes.map(quoteLiteral).join(', ')})`;
    else if (c.kind === 'within_km')
      cond = `c${idx(`dist:${c.facility}`)} IS NULL OR NOT (c${idx(`dist:${c.facility}`)} <= ${sqlNumber(c.km)})`;
    else cond = `c${idx(c.criterion)} IS NULL OR NOT (c${idx(c.criterion)} ${c.op} ${sqlNumber(c.value)})`;
    reasons.push(`      WHEN ${cond} THEN ${quoteLiteral(`constraint:${i}`)}`);
  });
  s.criteria.forEach((c, j) => {
    if (c.missing === 'exclude') reasons.push(`      WHEN c${j} IS NULL THEN ${quoteLiteral(`missing:${j}`)}`);
  });
  const excludedBy = reasons.length === 0 ? 'NULL' : `CASE\n${reasons.join('\n')}\n    END`;

  // Imputation: median (over candidates); for TOPSIS "worst" takes the worst raw value.
  const imputed = J.map((j) => {
    const c = s.criteria[j] as Criterion;
    if (c.missing === 'median') return `coalesce(c${j}, (SELECT median(c${j}) FROM cand)) AS x${j}`;
    if (c.missing === 'worst' && s.method === 'topsis') {
      return `coalesce(c${j}, (SELECT ${c.direction === 'benefit' ? 'min' : 'max'}(c${j}) FROM cand)) AS x${j}`;
    }
    return `c${j} AS x${j}`;
  }).join(',\n    ');

  const stats = J.map(
    (j) =>
      `min(x${j}) AS lo${j}, max(x${j}) AS hi${j}, avg(x${j}) AS mu${j}, stddev_pop(x${j}) AS sd${j}, sqrt(sum(x${j} * x${j})) AS l2_${j}`,
  ).join(',\n    ');
  // Percent ranks (a sort each) only for the criteria normalised by rank.
  const ranks = J.filter((j) => (s.criteria[j] as Criterion).normalisation.kind === 'rank')
    .map(
      (j) =>
        `,\n    CASE WHEN x${j} IS NULL THEN NULL ELSE percent_rank() OVER (PARTITION BY x${j} IS NULL ORDER BY x${j}) END AS pr${j}`,
    )
    .join('');

  const rawSql = `-- 1. Raw criterion values per kab/kota in scope (re-run only when criteria, scope or data change)
CREATE OR REPLACE TEMP TABLE ${quoteIdent(RAW_TABLE)} AS
  SELECT r.kemendagri_code, r.bps_code, r.name, r.kind, r.kemendagri_prov_code,
${rawSelect}
  FROM ${T.r} r
  WHERE ${scope}`;
  const rawKey = JSON.stringify([cols, scope, tables]);
  const scoreSqlWith = (
    weight: (j: number) => string,
  ) => `-- 2. Sentra Atlas scoring: ${s.name.replaceAll('\n', ' ')} (${s.method.toUpperCase()}, docs/scoring.md)
WITH base AS (SELECT * FROM ${quoteIdent(RAW_TABLE)}),
flagged AS (
  SELECT *, ${excludedBy} AS excluded_by
  FROM base
),
cand AS (SELECT * FROM flagged WHERE excluded_by IS NULL),
imp AS (
  SELECT kemendagri_code,
    ${imputed}
  FROM cand
),
stats AS (
  SELECT count(*) AS n,
    ${stats}
  FROM imp
),
norm AS (
  SELECT *${ranks}
  FROM imp
),
${scoredCtes(s, w, weight)},
ranked AS (
  SELECT *, row_number() OVER (ORDER BY round(score, 12) DESC, kemendagri_code ASC) AS rank FROM final
)
SELECT f.kemendagri_code, f.bps_code, f.name, f.kemendagri_prov_code, f.excluded_by,
  ${cols.map((_, j) => `f.c${j}`).join(', ')},
  rk.score, rk.rank${J.map((j) => `, rk.k${j}`).join('')}
FROM flagged f LEFT JOIN ranked rk USING (kemendagri_code)
ORDER BY rk.rank NULLS LAST, f.kemendagri_code`;
  // Parameters are numbered as they first appear (a zero weight in WPM has none).
  const used: number[] = [];
  const scoreTemplate = scoreSqlWith((j) => {
    if (!used.includes(j)) used.push(j);
    return `$${used.indexOf(j) + 1}::DOUBLE`;
  });
  return {
    rawSql,
    rawKey,
    scoreSql: scoreSqlWith((j) => sqlNumber(w[j] as number)),
    scoreTemplate,
    weightParams: used.map((j) => w[j] as number),
  };
}

/**
 * The CTEs from `norm, stats` to `final` (score and contributions k0…) for the scenario's method.
 * `weight(j)` writes the j-th normalised weight: a literal, or a parameter of the template. A zero
 * weight in WPM changes the statement's shape (the factor is 1), so it is read from `w` itself.
 */
function scoredCtes(s: Scenario, w: readonly number[], weight: (j: number) => string): string {
  const J = [...Array(s.criteria.length).keys()];
  if (s.method === 'wlc') {
    const ks = J.map((j) => `${weight(j)} * (${directedExpr(s.criteria[j] as Criterion, j)}) AS k${j}`);
    return `scored AS (
  SELECT kemendagri_code,
    ${ks.join(',\n    ')}
  FROM norm, stats
),
final AS (SELECT *, ${J.map((j) => `k${j}`).join(' + ')} AS score FROM scored)`;
  } else if (s.method === 'wpm') {
    // Π x″ⱼ^wⱼ; pow(0, 0) = 1 in DuckDB, as in aggregate.ts, so a weightless criterion is neutral.
    const ks = J.map(
      (j) =>
        `${(w[j] as number) === 0 ? '1.0::DOUBLE' : `pow(${directedExpr(s.criteria[j] as Criterion, j)}, ${weight(j)})`} AS k${j}`,
    );
    return `scored AS (
  SELECT kemendagri_code,
    ${ks.join(',\n    ')}
  FROM norm, stats
),
final AS (SELECT *, ${J.map((j) => `k${j}`).join(' * ')} AS score FROM scored)`;
  } else if (s.method === 'owa') {
    // Long form: one row per (kab/kota, criterion); sort each kab/kota's x″ descending (ties by
    // criterion order), order weight Q(cum) − Q(cum − wⱼ) with Q(p) = p^α; back to one row.
    const a = sqlNumber(s.owa_alpha ?? 1);
    const ds = J.map((j) => `${directedExpr(s.criteria[j] as Criterion, j)} AS d${j}`);
    const long = J.map((j) => `SELECT kemendagri_code, ${j} AS j, ${weight(j)} AS w, d${j} AS d FROM dir`).join(
      '\n  UNION ALL ',
    );
    const back = J.map((j) => `sum(part) FILTER (WHERE j = ${j}) AS k${j}`);
    return `dir AS (
  SELECT kemendagri_code,
    ${ds.join(',\n    ')}
  FROM norm, stats
),
long AS (
  ${long}
),
ordered AS (
  SELECT *, sum(w) OVER (PARTITION BY kemendagri_code ORDER BY d DESC, j ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
  FROM long
),
parts AS (SELECT kemendagri_code, j, (pow(cum, ${a}) - pow(greatest(cum - w, 0.0), ${a})) * d AS part FROM ordered),
scored AS (
  SELECT kemendagri_code,
    ${back.join(',\n    ')}
  FROM parts GROUP BY kemendagri_code
),
final AS (SELECT *, ${J.map((j) => `k${j}`).join(' + ')} AS score FROM scored)`;
  } else {
    const vs = J.map(
      (j) => `CASE WHEN l2_${j} = 0 THEN 0.0 ELSE ${weight(j)} * coalesce(x${j}, 0.0) / l2_${j} END AS k${j}`,
    );
    const ideal = J.map((j) => {
      const benefit = (s.criteria[j] as Criterion).direction === 'benefit';
      return `${benefit ? 'max' : 'min'}(k${j}) AS best${j}, ${benefit ? 'min' : 'max'}(k${j}) AS worst${j}`;
    });
    const dp = J.map((j) => `pow(k${j} - best${j}, 2)`).join(' + ');
    const dm = J.map((j) => `pow(k${j} - worst${j}, 2)`).join(' + ');
    return `scored AS (
  SELECT kemendagri_code,
    ${vs.join(',\n    ')}
  FROM norm, stats
),
ideal AS (SELECT ${ideal.join(', ')} FROM scored),
dist AS (SELECT scored.*, sqrt(${dp}) AS dplus, sqrt(${dm}) AS dminus FROM scored, ideal),
final AS (SELECT *, CASE WHEN dplus + dminus = 0 THEN 0.5 ELSE dminus / (dplus + dminus) END AS score FROM dist)`;
  }
}

/** The raw value of a criterion id for the kab/kota `r`. */
function rawExpr(id: string, T: { o: string; f: string }): string {
  const ref = parseCriterionId(id);
  if (!ref) throw new Error(`unknown criterion id ${id}`);
  const ind = (indicator: string) =>
    `(SELECT o.value FROM ${T.o} o WHERE o.headline AND o.indicator = ${quoteLiteral(indicator)} AND o.kemendagri_code = r.kemendagri_code)`;
  switch (ref.kind) {
    case 'ind':
      return ind(ref.indicator);
    case 'per_km2':
      return `${ind(ref.indicator)} / nullif(${ind('area_km2')}, 0)`;
    case 'per_capita':
      return `${ind(ref.indicator)} / nullif(${ind('pop_2024')}, 0) * 1000`;
    case 'dist':
    case 'count': {
      const R = sqlNumber(EARTH_RADIUS_KM);
      const km = `2 * ${R} * asin(sqrt(pow(sin(radians(f.lat - r.label_lat) / 2), 2) + cos(radians(r.label_lat)) * cos(radians(f.lat)) * pow(sin(radians(f.lon - r.label_lon) / 2), 2)))`;
      const where = `f.kind = ${quoteLiteral(ref.facility)}${ref.word === null ? '' : ` AND contains(f.tag, ${quoteLiteral(ref.word)})`}${ref.maxRank === null ? '' : ` AND f.rank <= ${ref.maxRank}`}${ref.operating ? ' AND f.operating' : ''}`;
      return ref.kind === 'dist'
        ? `(SELECT min(${km}) FROM ${T.f} f WHERE ${where})`
        : `(SELECT count(*)::DOUBLE FROM ${T.f} f WHERE ${where} AND ${km} <= ${sqlNumber(ref.km)})`;
    }
  }
}

/** x″ⱼ in SQL, mirroring normaliseDirected() in oracle.ts. */
function directedExpr(c: Criterion, j: number): string {
  const x = `x${j}`;
  const degenerate = `hi${j} = lo${j}`;
  const n = c.normalisation;
  const cost = c.direction === 'cost';
  if (n.kind === 'zscore') {
    const z = (v: string) => `(CASE WHEN ${degenerate} OR sd${j} = 0 THEN 0.0 ELSE (${v} - mu${j}) / sd${j} END)`;
    const worst = cost ? `-${z(`hi${j}`)}` : z(`lo${j}`);
    return `CASE WHEN ${x} IS NULL THEN coalesce(${worst}, 0.0) ELSE ${cost ? '-' : ''}${z(x)} END`;
  }
  let unit: string;
  switch (n.kind) {
    case 'minmax':
      unit = `CASE WHEN ${degenerate} THEN 0.5 ELSE (${x} - lo${j}) / (hi${j} - lo${j}) END`;
      break;
    case 'fixed':
      unit = `(least(greatest(${x}, ${sqlNumber(n.min)}), ${sqlNumber(n.max)}) - ${sqlNumber(n.min)}) / ${sqlNumber(n.max - n.min)}`;
      break;
    case 'rank':
      unit = `CASE WHEN ${degenerate} THEN 0.5 ELSE pr${j} END`;
      break;
    case 'sigmoid':
      unit = `1.0 / (1.0 + exp(-(${x} - ${sqlNumber(n.midpoint)}) / ${sqlNumber(n.spread)}))`;
      break;
  }
  return `CASE WHEN ${x} IS NULL THEN 0.0 ELSE ${cost ? `1.0 - (${unit})` : unit} END`;
}
