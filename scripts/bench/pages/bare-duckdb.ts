/**
 * Baseline for "DuckDB ready": in an idle page, instantiate DuckDB-wasm the way the app does and
 * load the same three tables from the same data files. Marks `duckdb-start` and `duckdb-ready`.
 */
import { parseJson, parsePoints, parseRegionTopology } from '../../../web/src/data/parse-files';
import { facilitiesFromPoints } from '../../../web/src/domain/scoring/candidates';
import { createBrowserEngine } from '../../../web/src/engine/browser-engine';
import { loadTables } from '../../../web/src/engine/load-tables';

const text = async (f: string) => (await fetch(`./data/${f}`)).text();
// The files are fetched and parsed first (the app has them before DuckDB starts).
const [obs, topo, pts] = await Promise.all([text('observations.csv'), text('regions.topo.json'), text('points.json')]);
const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', topo)).features.map(
  (f) => f.properties,
);
const facilities = facilitiesFromPoints(parsePoints('points.json', parseJson('points.json', pts)));
performance.mark('duckdb-start');
const engine = await createBrowserEngine(() => undefined);
await loadTables(engine, { observationsCsv: obs, regions, facilities });
performance.mark('duckdb-ready');
document.body.dataset.duckdbReady = 'true';
