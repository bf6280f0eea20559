import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { ENGINE_SETUP_SQL, enginePath, plainRows, preparedQueries, type SqlEngine } from './engine';

/**
 * DuckDB-wasm in a Web Worker. The wasm and worker files are bundled by Vite and served from the
 * page's own origin (no CDN); the single-threaded "eh" build needs no COOP/COEP headers.
 * `onProgress` receives the wasm download fraction (0–1).
 */
export async function createBrowserEngine(onProgress: (fraction: number) => void): Promise<SqlEngine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  if (!bundle.mainWorker) throw new Error('no DuckDB worker for this browser');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
    if (p.bytesTotal > 0) onProgress(Math.min(1, p.bytesLoaded / p.bytesTotal));
  });
  const conn = await db.connect();
  await conn.query(ENGINE_SETUP_SQL);
  return {
    registerText: (name, text) => db.registerFileText(enginePath(name), text),
    exec: async (sql) => {
      await conn.query(sql);
    },
    query: async (sql) => plainRows(await conn.query(sql)),
    queryTable: (sql) => conn.query(sql),
    queryPrepared: preparedQueries((sql) => conn.prepare(sql)),
    assetUrls: [bundle.mainModule, bundle.mainWorker],
  };
}
