import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { ENGINE_SETUP_SQL, enginePath, plainRows, preparedQueries, type SqlEngine } from './engine';

/**
 * DuckDB-wasm in Node (tests, CLI): the same engine build as the browser, not a native DuckDB,
 * so SQL that passes here runs in the browser too.
 */
export async function createNodeEngine(): Promise<SqlEngine> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const db = await createDuckDB(
    {
      mvp: { mainModule: resolve(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: resolve(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  conn.query(ENGINE_SETUP_SQL);
  return {
    registerText: async (name, text) => db.registerFileText(enginePath(name), text),
    exec: async (sql) => {
      conn.query(sql);
    },
    query: async (sql) => plainRows(conn.query(sql)),
    queryTable: async (sql) => conn.query(sql),
    queryPrepared: preparedQueries(async (sql) => conn.prepare(sql)),
  };
}
