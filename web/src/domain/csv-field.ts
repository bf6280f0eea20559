/** One CSV field (RFC 4180): quoted only when it contains a quote, comma or line break; null/undefined → empty. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
