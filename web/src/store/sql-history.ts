const KEY = 'sentra-atlas:sql-history';
const MAX = 20;

/** The workbench's recent queries (newest first), kept in localStorage. */
export function loadHistory(storage: Pick<Storage, 'getItem'> | undefined): string[] {
  try {
    const v = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function pushHistory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, sql: string): string[] {
  const next = [sql, ...loadHistory(storage).filter((q) => q !== sql)].slice(0, MAX);
  try {
    storage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // A full or blocked storage only loses the history, never the query on screen.
  }
  return next;
}
