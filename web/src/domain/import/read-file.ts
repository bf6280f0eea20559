import type { Feature, FeatureCollection } from 'geojson';
import { fillTemplate } from '../validation-messages';
import { IMPORT_EN, type ImportErrorKey, type ImportErrorVars } from './import-messages';
import type { NumberStyle } from './parse-number';
import { type Delimiter, detectHeaderRow, parseDelimited, type RawTable, readCsvTable, toRawTable } from './raw-table';

/** Files above this size are refused: everything is parsed in the browser tab's memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type FileFormat = 'csv' | 'xlsx' | 'geojson' | 'shapefile';

export interface ReadResult {
  readonly format: FileFormat;
  readonly table: RawTable;
  /** Sheet names (XLSX) and the one read. */
  readonly sheets: readonly string[];
  readonly sheet: string;
  /** Number style to assume where the cells cannot tell: Indonesian for ";"-separated CSV. */
  readonly fallbackStyle: NumberStyle;
  readonly delimiter: Delimiter | null;
  /** GeoJSON/Shapefile features that are not points (their geometry is not used, only attributes). */
  readonly nonPointFeatures: number;
}

/** A file the importer cannot read: the message names the file and, where known, the place. */
/** A file that cannot be read: the file name, a key and its values (worded by the app in its language). */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly key: ImportErrorKey,
    readonly vars: ImportErrorVars = {},
  ) {
    super(`${file}: ${fillTemplate(IMPORT_EN[key], vars)}`);
  }
}

/** A size in MB rounded up to 0.01, so a file just over the limit never reads as equal to it. */
export function sizeMb(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 100) / 100).toFixed(2);
}

export function formatOf(fileName: string): FileFormat | null {
  const n = fileName.toLowerCase();
  if (/\.(csv|tsv|txt)$/.test(n)) return 'csv';
  if (n.endsWith('.xlsx')) return 'xlsx';
  if (/\.(geojson|json)$/.test(n)) return 'geojson';
  if (n.endsWith('.zip')) return 'shapefile';
  return null;
}

/** A spreadsheet cell as text: empty for none, a date as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Attributes of GeoJSON features as a table; point geometries add longitude/latitude columns. */
export function featuresToTable(fc: FeatureCollection): { table: RawTable; nonPoint: number } {
  const keys: string[] = [];
  for (const f of fc.features) for (const k of Object.keys(f.properties ?? {})) if (!keys.includes(k)) keys.push(k);
  const points = fc.features.filter((f: Feature) => f.geometry?.type === 'Point');
  const withXY = points.length > 0;
  const header = withXY ? [...keys, 'longitude', 'latitude'] : keys;
  const rows = fc.features.map((f) => {
    const props = f.properties ?? {};
    const base = keys.map((k) => cellText(props[k]));
    if (!withXY) return base;
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    return [...base, c ? String(c[0]) : '', c ? String(c[1]) : ''];
  });
  return { table: toRawTable([header, ...rows], 0), nonPoint: fc.features.length - points.length };
}

function parseGeoJson(text: string, fileName: string): FeatureCollection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportFileError(fileName, 'iNotJson', { detail: (e as Error).message });
  }
  const o = json as { type?: unknown; features?: unknown };
  if (o?.type !== 'FeatureCollection' || !Array.isArray(o.features)) throw new ImportFileError(fileName, 'iNotGeoJson');
  return json as FeatureCollection;
}

/**
 * Reads a CSV, XLSX, GeoJSON or zipped Shapefile into a raw table. Libraries for XLSX and
 * Shapefile load only when such a file is opened.
 */
export async function readImportFile(
  fileName: string,
  data: ArrayBuffer,
  opts: { sheet?: string; headerIndex?: number; delimiter?: Delimiter } = {},
): Promise<ReadResult> {
  if (data.byteLength > MAX_IMPORT_BYTES)
    throw new ImportFileError(fileName, 'iTooBig', {
      size: sizeMb(data.byteLength),
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  const format = formatOf(fileName);
  const base = { sheets: [] as string[], sheet: '', delimiter: null, nonPointFeatures: 0 };
  if (format === 'csv') {
    const text = new TextDecoder('utf-8').decode(data);
    if (text.includes('\u0000')) throw new ImportFileError(fileName, 'iBinary');
    const t = readCsvTable(text, opts);
    if (t.header.length < 2)
      throw new ImportFileError(fileName, 'iFewColumns', { delimiter: t.delimiter === '\t' ? 'tab' : t.delimiter });
    return { ...base, format, table: t, delimiter: t.delimiter, fallbackStyle: t.delimiter === ';' ? 'id' : 'en' };
  }
  if (format === 'xlsx') {
    const { default: readXlsx } = await import('read-excel-file/universal');
    let sheets: Awaited<ReturnType<typeof readXlsx>>;
    try {
      sheets = await readXlsx(data);
    } catch (e) {
      throw new ImportFileError(fileName, 'iNotXlsx', { detail: (e as Error).message });
    }
    const names = sheets.map((s) => s.sheet);
    const chosen = sheets.find((s) => s.sheet === opts.sheet) ?? sheets[0];
    if (!chosen) throw new ImportFileError(fileName, 'iNoSheets');
    const rows = chosen.data.map((r) => r.map(cellText));
    const table = toRawTable(rows, opts.headerIndex ?? detectHeaderRow(rows));
    return { ...base, format, table, sheets: names, sheet: chosen.sheet, fallbackStyle: 'en' };
  }
  if (format === 'geojson') {
    const fc = parseGeoJson(new TextDecoder('utf-8').decode(data), fileName);
    const { table, nonPoint } = featuresToTable(fc);
    return { ...base, format, table, fallbackStyle: 'en', nonPointFeatures: nonPoint };
  }
  if (format === 'shapefile') {
    const { parseZip } = await import('shpjs');
    let out: FeatureCollection | FeatureCollection[];
    try {
      out = await parseZip(data);
    } catch (e) {
      throw new ImportFileError(fileName, 'iNotShapefile', { detail: (e as Error).message });
    }
    const fc = Array.isArray(out) ? out[0] : out;
    if (!fc) throw new ImportFileError(fileName, 'iNoShp');
    const { table, nonPoint } = featuresToTable(fc);
    return { ...base, format, table, fallbackStyle: 'en', nonPointFeatures: nonPoint };
  }
  throw new ImportFileError(fileName, 'iUnknownType');
}

/** Rows of a CSV as the user sees them (for choosing another header row). */
export function previewRows(text: string, delimiter: Delimiter, n = 12): string[][] {
  return parseDelimited(text, delimiter).slice(0, n);
}
