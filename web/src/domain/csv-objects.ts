import { csvParseRows } from 'd3-dsv';

/**
 * CSV text → row objects keyed by the header, like d3's `csvParse`, but without the
 * `Function(...)` row converter d3 builds, which the app's Content-Security-Policy forbids
 * (no 'unsafe-eval').
 */
export function csvObjects(text: string): { columns: string[]; rows: Record<string, string | undefined>[] } {
  const [head = [], ...body] = csvParseRows(text);
  const rows = body.map((r) => {
    const o: Record<string, string | undefined> = {};
    head.forEach((c, i) => {
      o[c] = r[i];
    });
    return o;
  });
  return { columns: head, rows };
}
