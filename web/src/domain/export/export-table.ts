import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { csvField } from '../csv-field';

/**
 * A table leaving the app: columns, rows and the metadata that must travel with it (sources,
 * years, scenario parameters). CSV carries the metadata as "#" lines above the header (the
 * importer reads them back as the preamble), XLSX as a second sheet, GeoJSON as a top-level
 * "metadata" member.
 */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  readonly meta: readonly (readonly [string, string])[];
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP CSV injection rule); numbers are left alone. The importer takes it off again.
 */
export function spreadsheetSafe(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : v);

export function toCsv(t: ExportTable): string {
  const lines = [
    // Metadata lines are never quoted, so `read_csv(comment='#')` and strict parsers skip them.
    ...t.meta.map(([k, v]) => `# ${k}: ${v}`.replace(/[\r\n]+/g, ' ')),
    t.columns.map((c) => csvField(spreadsheetSafe(c))).join(','),
    ...t.rows.map((r) => r.map((v) => csvField(spreadsheetSafe(cell(v)))).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Features for rows that name a kab/kota (a `kemendagri_code` column), with its geometry. Rows
 * without one keep a null geometry rather than being dropped.
 */
export function toGeoJson(
  t: ExportTable,
  geometryOf: (kemendagriCode: string) => Geometry | null,
): FeatureCollection & { metadata: Record<string, string> } {
  const codeCol = t.columns.indexOf('kemendagri_code');
  const features: Feature[] = t.rows.map((r) => {
    const code = codeCol >= 0 ? String(r[codeCol] ?? '') : '';
    const properties: Record<string, unknown> = {};
    t.columns.forEach((c, i) => {
      const v = r[i];
      properties[c] = v === undefined ? null : typeof v === 'bigint' ? Number(v) : v;
    });
    return {
      type: 'Feature',
      properties,
      geometry: code ? (geometryOf(code) as Geometry) : (null as unknown as Geometry),
    };
  });
  return { type: 'FeatureCollection', metadata: Object.fromEntries(t.meta), features };
}

/** XLSX bytes: sheet "data" with the table, sheet "metadata" with the key/value pairs. */
export async function toXlsx(t: ExportTable): Promise<Blob> {
  const { default: writeXlsx } = await import('write-excel-file/universal');
  const value = (v: unknown) => {
    const c = cell(v);
    if (c === '') return null;
    if (typeof c === 'number') return Number.isFinite(c) ? { value: c } : null;
    if (typeof c === 'bigint') return { value: Number(c) };
    if (typeof c === 'boolean') return { value: c };
    return { value: String(c), type: String };
  };
  const head = t.columns.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  return writeXlsx([
    { sheet: 'data', data: [head, ...t.rows.map((r) => r.map(value))] },
    {
      sheet: 'metadata',
      data: [[{ value: 'key' }, { value: 'value' }], ...t.meta.map(([k, v]) => [{ value: k }, { value: v }])],
    },
  ]).toBlob();
}
