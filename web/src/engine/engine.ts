/** The DuckDB boundary: the same small interface in the browser (worker) and in Node. */
export interface SqlEngine {
  /** Registers an in-memory file; SQL reads it at `enginePath(name)`. */
  registerText(name: string, text: string): Promise<void>;
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** The result as a columnar Arrow table (no per-row objects): for large results. */
  queryTable(sql: string): Promise<ArrowLike>;
  /**
   * Runs `sql` with the parameters `$1…` bound to `params`, preparing it once per distinct text
   * (planning is most of a small query's time here): for a query re-run with new values.
   */
  queryPrepared(sql: string, params: readonly number[]): Promise<Record<string, unknown>[]>;
  /** Same-origin files the engine loaded (wasm, worker), for the offline cache; browser only. */
  readonly assetUrls?: readonly string[];
}

/** The one virtual directory every registered file lives in: the only place SQL may read. */
export const ENGINE_DIR = 'atlas/';

/** Where SQL finds a registered file. */
export function enginePath(name: string): string {
  return `${ENGINE_DIR}${name}`;
}

/**
 * Set once per database, before any user query (docs/decisions/0008):
 * - extension autoloading off: the npm package ships no extensions and there is no network, so a
 *   query needing one fails at once with a Catalog Error instead of hanging;
 * - no file system or network access outside the registered files: `allowed_directories` is the
 *   virtual folder they are registered in, then `enable_external_access = false` (which cannot be
 *   turned back on while the database runs), so `read_csv('https://…')`, `ATTACH` or `/etc/…` are
 *   refused by the engine itself, whatever the query's text;
 * - `lock_configuration` so no later `SET` can undo any of it.
 */
export const ENGINE_SETUP_SQL = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  `SET allowed_directories = ['${ENGINE_DIR}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
].join('; ');

/** The part of an Arrow table the engines read. */
export interface ArrowLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChild(name: string): { get(i: number): unknown } | null;
}

/**
 * Arrow table → plain row objects, column by column (much faster than a per-row toJSON on large
 * results). BigInts (counts, row numbers) become numbers.
 */
export function plainRows(table: ArrowLike): Record<string, unknown>[] {
  const names = table.schema.fields.map((f) => f.name);
  const cols = names.map((n) => table.getChild(n));
  const out: Record<string, unknown>[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const o: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) {
      const v = cols[c]?.get(i) ?? null;
      o[names[c] as string] = typeof v === 'bigint' ? Number(v) : v;
    }
    out[i] = o;
  }
  return out;
}

/** A prepared statement as both DuckDB-wasm bindings (async in the browser, blocking in Node) give it. */
export interface PreparedLike {
  query(...params: unknown[]): Promise<ArrowLike> | ArrowLike;
  close(): Promise<void> | void;
}

/**
 * `queryPrepared` over a `prepare`: the last `max` statements are kept by their text. DuckDB
 * re-binds a statement after the tables it reads were replaced; a statement that fails anyway
 * (a table dropped from the workbench) is prepared once more before the error is reported.
 */
export function preparedQueries(prepare: (sql: string) => Promise<PreparedLike>, max = 8): SqlEngine['queryPrepared'] {
  const cache = new Map<string, Promise<PreparedLike>>();
  const get = (sql: string) => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql); // most recently used last
      cache.set(sql, hit);
      return hit;
    }
    const made = prepare(sql);
    cache.set(sql, made);
    made.catch(() => cache.delete(sql));
    for (const [old, st] of cache) {
      if (cache.size <= max) break;
      cache.delete(old);
      void st.then((x) => x.close()).catch(() => undefined);
    }
    return made;
  };
  const forget = (sql: string) => {
    const st = cache.get(sql);
    cache.delete(sql);
    void st?.then((x) => x.close()).catch(() => undefined);
  };
  return async (sql, params) => {
    try {
      return plainRows(await (await get(sql)).query(...params));
    } catch {
      forget(sql);
      return plainRows(await (await get(sql)).query(...params));
    }
  };
}
