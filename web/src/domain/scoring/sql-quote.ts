/**
 * The only way values and identifiers enter generated SQL. A name with quotes, spaces or
 * semicolons stays one token.
 */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A finite double, written so that DuckDB reads back the same value (shortest round-trip form). */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const s = String(value);
  return s.includes('e') || s.includes('.') ? `${s}::DOUBLE` : `${s}.0`;
}
