/**
 * `npm run cli -- score --scenario <file.json> [--format csv|json]`
 * Scores the embedded data (public/data) with the same SQL the browser runs, in duckdb-wasm.
 * `npm run cli -- join --table <file> [--column <name>]` prints how a user's table matches kab/kota
 * (JSON), with the same reader and matcher as the app's import.
 * Exit codes: 0 ok, 2 bad arguments or scenario, 1 other failure.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import loadHighs from 'highs';
import { createObservationIndex } from '../web/src/data/observation-index';
import {
  parseCatalog,
  parseJson,
  parseObservations,
  parsePoints,
  parseRegionTopology,
} from '../web/src/data/parse-files';
import { deriveUserData } from '../web/src/domain/curation/derive-user-data';
import type { UserDataBundle } from '../web/src/domain/curation/user-data-bundle';
import type { RegionProps } from '../web/src/domain/dataset-types';
import { computeUncertainty, SENSITIVITY } from '../web/src/domain/decision/uncertainty';
import { toCsv } from '../web/src/domain/export/export-table';
import { rankingExport, reasonText, tieLabel } from '../web/src/domain/export/ranking-export';
import {
  COLUMN_TYPES,
  type ColumnType,
  codeSystemOf,
  guessRegionColumn,
  isColumnType,
  knownCodesOf,
  profileColumns,
  withColumnTypes,
} from '../web/src/domain/import/column-types';
import { matchSummary } from '../web/src/domain/import/match-summary';
import { readImportFile } from '../web/src/domain/import/read-file';
import { parseRegionAliases } from '../web/src/domain/import/region-aliases';
import { createRegionMatcher, matchColumn } from '../web/src/domain/import/region-matcher';
import { isUserIndicator } from '../web/src/domain/import/user-dataset';
import { namesOf } from '../web/src/domain/region-names';
import { sourcesOfRanking } from '../web/src/domain/report/ranking-sources';
import { facilitiesFromPoints } from '../web/src/domain/scoring/candidates';
import { coverageText, criterionCoverage, isImputed, tieGroups } from '../web/src/domain/scoring/coverage';
import { rankingMatrix } from '../web/src/domain/scoring/ranking-matrix';
import { requiredColumns, resolveWeights, type Scenario } from '../web/src/domain/scoring/scenario';
import { readScenarioFile as readScenarioFileText } from '../web/src/domain/scoring/scenario-file';
import type { ScoredRow } from '../web/src/domain/scoring/score-types';
import { siteCandidates, siteSetParams } from '../web/src/domain/selection/site-candidates';
import { chooseSites, type SiteSetOutcome } from '../web/src/domain/selection/site-set';
import { ahp, groupMatrix } from '../web/src/domain/weighting/ahp';
import { loadTables, loadUserTables } from '../web/src/engine/load-tables';
import { createNodeEngine } from '../web/src/engine/node-engine';
import { resolveObjectiveWeights } from '../web/src/engine/objective-weights';
import { runScoring } from '../web/src/engine/run-scoring';
import { translate } from '../web/src/i18n/messages';
import { OBJECTIVE_REFUSAL } from '../web/src/i18n/objective-refusal';
import { bindingText, causeText, passedOverText } from '../web/src/i18n/site-set-text';
import { highsSolve } from '../web/src/workers/highs-solve';

const root = resolve(import.meta.dirname, '..');
const USAGE = [
  'usage: npm run cli -- score --scenario <file.json> [--format csv|json]',
  '       npm run cli -- ahp --scenario <file.json>',
  '       npm run cli -- join --table <file.csv|.tsv|.xlsx|.geojson|.zip> [--column <name>] [--column-type <name>=<type>]… [--sheet <name>] [--province <kemendagri code>]',
  `       (types: ${COLUMN_TYPES.join(', ')})`,
].join('\n');

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readScenario(scenarioPath: string): Scenario {
  return readScenarioFile(scenarioPath).scenario;
}

/** The scenario and the user data that travels with it (typed edits, imported values). */
function readScenarioFile(scenarioPath: string): { scenario: Scenario; userData: UserDataBundle | null } {
  let text: string;
  try {
    text = readFileSync(scenarioPath, 'utf8');
  } catch (e) {
    fail(`${scenarioPath}: cannot be read (${(e as Error).message})`);
  }
  const catalog = parseCatalog('catalog.json', parseJson('catalog.json', pub('catalog.json')));
  const r = readScenarioFileText(
    text,
    catalog.indicators.map((i) => i.id),
  );
  if (!r.ok) {
    if (r.kind === 'json') fail(`${scenarioPath}: not valid JSON (${r.errors[0]})`);
    fail(r.errors.map((e) => `${scenarioPath}: ${e}`).join('\n'));
  }
  return { scenario: r.scenario, userData: r.userData };
}

const pub = (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');

/** Prints each participant's and the group's AHP weights, λmax, CI and CR. */
function ahpReport(scenarioPath: string): void {
  const s = readScenario(scenarioPath);
  if (!s.ahp) fail(`${scenarioPath}: ahp: the scenario has no AHP judgements ("ahp": {"participants": [...]})`);
  const ids = s.criteria.map((c) => c.id);
  const row = (who: string, m: readonly (readonly number[])[]) => {
    const r = ahp(m);
    return {
      who,
      weights: Object.fromEntries(ids.map((id, i) => [id, r.weights[i]])),
      lambda_max: r.lambdaMax,
      ci: r.ci,
      cr: r.cr,
      consistent: r.consistent,
    };
  };
  const out = [
    ...s.ahp.participants.map((p) => row(p.name, p.matrix)),
    ...(s.ahp.participants.length > 1
      ? [row('group (geometric mean)', groupMatrix(s.ahp.participants.map((p) => p.matrix)))]
      : []),
  ];
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

async function score(scenarioPath: string, format: string): Promise<void> {
  const file = readScenarioFile(scenarioPath);
  const given = resolveWeights(file.scenario);

  const catalog = parseCatalog('catalog.json', parseJson('catalog.json', pub('catalog.json')));
  const observationsCsv = pub('observations.csv');
  const published = createObservationIndex(parseObservations('observations.csv', observationsCsv)); // validates the file
  const regions = parseRegionTopology(
    'regions.topo.json',
    parseJson('regions.topo.json', pub('regions.topo.json')),
  ).features.map((f) => f.properties);
  const facilities = facilitiesFromPoints(parsePoints('points.json', parseJson('points.json', pub('points.json'))));
  const engine = await createNodeEngine();
  await loadTables(engine, { observationsCsv, regions, facilities });
  if (file.userData) {
    // The same user rows the app puts in DuckDB: imported values, then typed edits over them.
    const u = file.userData;
    const imports = u.imports.map((m) => ({ ...m, table: { header: [], rows: [] } }));
    await loadUserTables(engine, deriveUserData(imports, u.edits), [], []);
  }
  const resolved = await resolveObjectiveWeights(engine, given);
  if (!resolved.ok) fail(`${scenarioPath}: ${translate('en', OBJECTIVE_REFUSAL[resolved.reason])}`, 1);
  const scenario = resolved.scenario;
  const { rows } = await runScoring(engine, scenario);
  const ranked = rows.filter((r) => r.rank !== null);
  if (ranked.length === 0)
    fail(`${scenarioPath}: every kab/kota in scope is excluded by the constraints or missing data`, 1);
  const cols = requiredColumns(scenario);
  const siteSet = await solveSiteSet(scenario, rows, regions);

  if (format === 'json') {
    const ties = tieGroups(rows);
    // The app's stability and missing-data rank ranges (same draws, same seed), in-process.
    const matrix = rankingMatrix(scenario, rows, regions);
    const u = computeUncertainty({ matrix, weights: scenario.criteria.map((c) => c.weight), opts: SENSITIVITY });
    const at = (code: string) => u.codes.indexOf(code);
    const out = {
      scenario: scenario.name,
      method: scenario.method,
      ...(scenario.method === 'owa' ? { owa_alpha: scenario.owa_alpha } : {}),
      ...(scenario.weights_from ? { weights_from: scenario.weights_from } : {}),
      weights: Object.fromEntries(scenario.criteria.map((c) => [c.id, c.weight])),
      criteria: scenario.criteria.map((c) => c.id),
      coverage: criterionCoverage(scenario, rows).map((c) => ({ ...c, text: coverageText(c, c.id, 'en') })),
      sensitivity: { ...SENSITIVITY, missing_values_drawn: u.withMissing.anyMissing },
      ranking: ranked.map((r) => ({
        rank: r.rank,
        rank_range_weights: [u.weightOnly.p5[at(r.kemendagri_code)], u.weightOnly.p95[at(r.kemendagri_code)]],
        rank_range_missing: u.withMissing.anyMissing
          ? [u.withMissing.minRank[at(r.kemendagri_code)], u.withMissing.maxRank[at(r.kemendagri_code)]]
          : null,
        tie_group: tieLabel(ties.get(r.kemendagri_code)) || null,
        imputed: scenario.criteria.filter((_, j) => isImputed(r, j)).map((c) => c.id),
        kemendagri_code: r.kemendagri_code,
        bps_code: r.bps_code,
        name: r.name,
        score: r.score,
        contributions: Object.fromEntries(scenario.criteria.map((c, j) => [c.id, r.contributions?.[j] ?? null])),
        raw: Object.fromEntries(cols.map((id, j) => [id, r.raw[j]])),
      })),
      excluded: rows
        .filter((r) => r.excluded)
        .map((r) => ({
          kemendagri_code: r.kemendagri_code,
          bps_code: r.bps_code,
          name: r.name,
          reason: reasonText(scenario, r),
        })),
    };
    const names = namesOf(catalog, regions);
    const withSet = siteSet ? { ...out, site_set: siteSetJson(siteSet, rows, names) } : out;
    process.stdout.write(`${JSON.stringify(withSet, null, 2)}\n`);
    return;
  }
  const table = rankingExport(
    scenario,
    rows,
    catalog,
    [
      ['produced by', 'Sentra Atlas CLI (npm run cli -- score)'],
      ['data', 'public/data/observations.csv, points.json (sources per value there)'],
    ],
    siteSet,
    computeUncertainty({
      matrix: rankingMatrix(scenario, rows, regions),
      weights: scenario.criteria.map((c) => c.weight),
      opts: SENSITIVITY,
    }),
    // The years and sources of the published values this ranking read (user data keeps its own).
    sourcesOfRanking(
      scenario,
      rows,
      (id) => published.headline(id),
      (id) => !isUserIndicator(id),
    ),
  );
  process.stdout.write(toCsv(table));
}

/** "Pilih N lokasi" with HiGHS in-process (the app runs the same chooseSites in a worker). */
async function solveSiteSet(
  scenario: Scenario,
  rows: readonly ScoredRow[],
  regions: readonly RegionProps[],
): Promise<SiteSetOutcome | null> {
  const params = siteSetParams(scenario);
  if (!params) return null;
  const highs = await loadHighs();
  return chooseSites(siteCandidates(scenario, rows, regions), params, highsSolve(highs));
}

function siteSetJson(o: SiteSetOutcome, rows: readonly ScoredRow[], name: (code: string) => string) {
  if (o.status !== 'optimal')
    return o.status === 'infeasible'
      ? { status: o.status, causes: o.causes, text: o.causes.map((c) => causeText(c, 'en', name)) }
      : o;
  const byCode = new Map(rows.map((r) => [r.kemendagri_code, r]));
  return {
    status: o.status,
    objective: o.objective,
    chosen: [...o.chosen]
      .sort((a, b) => (byCode.get(a)?.rank ?? 0) - (byCode.get(b)?.rank ?? 0))
      .map((code) => ({
        kemendagri_code: code,
        bps_code: byCode.get(code)?.bps_code,
        name: name(code),
        rank: byCode.get(code)?.rank,
        score: byCode.get(code)?.score,
      })),
    binding: o.binding.map((b) => bindingText(b, 'en', name)),
    passed_over: o.passedOver.map((p) => passedOverText(p, 'en', name)),
  };
}

/** Prints the region-match report of a user's table as JSON, with the app's own reader and matcher. */
async function joinReport(
  file: string,
  opts: { column?: string; columnTypes?: readonly string[]; sheet?: string; province?: string },
): Promise<void> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    fail(`${file}: cannot be read (${(e as Error).message})`);
  }
  let read: Awaited<ReturnType<typeof readImportFile>>;
  try {
    read = await readImportFile(
      basename(file),
      new Uint8Array(data).buffer as ArrayBuffer,
      opts.sheet ? { sheet: opts.sheet } : {},
    );
  } catch (e) {
    fail((e as Error).message);
  }
  const all = parseRegionTopology(
    'regions.topo.json',
    parseJson('regions.topo.json', pub('regions.topo.json')),
  ).features.map((f) => f.properties);
  const catalog = parseCatalog('catalog.json', parseJson('catalog.json', pub('catalog.json')));
  const regions = opts.province ? all.filter((r) => r.kemendagri_prov_code === opts.province) : all;
  if (regions.length === 0) fail(`--province ${opts.province}: no kab/kota has this Kemendagri province code`);
  // The user's types first (a number column is never the key), as the app's type control does.
  const types: Record<number, ColumnType> = {};
  for (const spec of opts.columnTypes ?? []) {
    const at = spec.lastIndexOf('=');
    const name = spec.slice(0, at);
    const type = spec.slice(at + 1);
    const index = read.table.header.indexOf(name);
    if (at < 0 || !isColumnType(type))
      fail(`--column-type ${spec}: write <column>=<type>, type one of ${COLUMN_TYPES.join(', ')}`);
    if (index < 0) fail(`--column-type ${spec}: no column "${name}"; columns: ${read.table.header.join(', ')}`);
    types[index] = type;
  }
  const profiles = withColumnTypes(profileColumns(read.table, read.fallbackStyle, knownCodesOf(all)), types);
  const column = opts.column === undefined ? guessRegionColumn(profiles) : read.table.header.indexOf(opts.column);
  if (column === null || column < 0)
    fail(
      `${file}: ${opts.column === undefined ? 'no column looks like kab/kota names or codes' : `no column "${opts.column}"`}; columns: ${read.table.header.join(', ')}`,
    );
  const matcher = createRegionMatcher(
    regions,
    parseRegionAliases(pub('region-aliases.csv')),
    catalog.provinces.map((p) => p.name),
  );
  const system = codeSystemOf(profiles[column]?.kind ?? 'text');
  const report = matchColumn(
    matcher,
    read.table.rows.map((r) => r[column] ?? ''),
    system,
  );
  const out = {
    file,
    format: read.format,
    ...(read.sheet ? { sheet: read.sheet } : {}),
    scope: opts.province ?? 'all Indonesia',
    ...matchSummary(read.table, column, report, new Map(all.map((r) => [r.kemendagri_code, r]))),
    columns: profiles.map((p) => ({
      name: p.name,
      type: p.kind,
      ...(p.detected ? { detected: p.detected, set_by: 'user' } : p.reason ? { reason: p.reason } : {}),
    })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/** The arguments, or the usage on stderr (exit 2) for an unknown option — never a stack trace. */
function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        table: { type: 'string' },
        column: { type: 'string' },
        'column-type': { type: 'string', multiple: true },
        sheet: { type: 'string' },
        province: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message.split('. ')[0]}.\n${USAGE}`);
  }
}
const { positionals, values } = readArgs();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals[0] === 'join') {
  if (!values.table) fail(USAGE);
  await joinReport(values.table, {
    column: values.column,
    columnTypes: values['column-type'],
    sheet: values.sheet,
    province: values.province,
  });
  process.exit(0);
}
if ((positionals[0] !== 'score' && positionals[0] !== 'ahp') || !values.scenario) fail(USAGE);
if (positionals[0] === 'ahp') ahpReport(values.scenario);
else {
  if (values.format !== 'csv' && values.format !== 'json') fail(`--format must be csv or json\n${USAGE}`);
  await score(values.scenario, values.format);
}
