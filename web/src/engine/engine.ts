/** The DuckDB boundary: the same small interface in the browser (worker) and in Node. */
export interface SqlEngine {
  registerText(name: string, text: string): Promise<void>;
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
}

/**
 * Extension autoloading is off: the npm package ships no extensions and there is no network,
 * so a query needing one fails at once with a Catalog Error instead of hanging.
 */
export const ENGINE_SETUP_SQL = 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;';

/** Arrow rows → plain objects (BigInt counts become numbers). */
export function plainRows(rows: readonly { toJSON(): Record<string, unknown> }[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const o = r.toJSON();
    for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
    return o;
  });
}
