import { detectNumberStyle, isMissingCell, type NumberStyle, parseNumber } from './parse-number';
import type { RawTable } from './raw-table';
import { type CodeSystem, detectCodeSystem } from './region-matcher';

export type ColumnKind =
  | 'bps_code'
  | 'kemendagri_code'
  | 'region_name'
  | 'number'
  | 'latitude'
  | 'longitude'
  | 'text'
  | 'empty';

export interface ColumnProfile {
  readonly name: string;
  readonly index: number;
  readonly kind: ColumnKind;
  /** For number columns: the style the cells are read in. */
  readonly style: NumberStyle;
  readonly styleCertain: boolean;
  /** Cells with a value / cells that are not numbers (in a number column). */
  readonly filled: number;
  readonly invalid: number;
  /** Why a column was read as a region code (shown beside its type). */
  readonly reason?: CodeReason;
}

/** How a code column was recognised: its header names codes, or its values are real codes. */
export type CodeReason = 'header' | 'real_codes';

/** The kab/kota codes that exist (both systems), so a value column is not mistaken for codes. */
export interface KnownCodes {
  readonly bps: ReadonlySet<string>;
  readonly kemendagri: ReadonlySet<string>;
}

export function knownCodes(codes: {
  readonly bps: readonly string[];
  readonly kemendagri: readonly string[];
}): KnownCodes {
  return { bps: new Set(codes.bps), kemendagri: new Set(codes.kemendagri) };
}

export function knownCodesOf(regions: readonly { bps_code: string; kemendagri_code: string }[]): KnownCodes {
  return knownCodes({ bps: regions.map((r) => r.bps_code), kemendagri: regions.map((r) => r.kemendagri_code) });
}

/** A header that says the column holds codes (kode, code, id, kd, bps, kemendagri, p-code). */
const CODE_HEADER = /(^|[^a-z])(kode|code|kd|id|bps|kemendagri|kemdagri|pcode|p-code)([^a-z]|$)/i;
/**
 * A header that names a quantity (a unit in brackets, or words for amounts): its values are
 * values even when they happen to be real codes (a tonnage of 7205 t is not BPS 7205).
 */
const VALUE_HEADER =
  /\([^)]+\)\s*$|%|(^|[^a-z])(produksi|jumlah|luas|nilai|total|harga|volume|ton|ha|rp|persen|ipm|penduduk|populasi|production|amount|area|value|price|count)([^a-z]|$)/i;
/** Share of a column's values that must be real codes for it to count as codes without a header. */
const REAL_CODE_SHARE = 0.9;

const NAME_HEADER = /kab|kota|kabupaten|wilayah|region|district|regency|nama/i;
const LAT_HEADER = /^(lat|latitude|lintang|y)$/i;
const LON_HEADER = /^(lon|lng|long|longitude|bujur|x)$/i;

/**
 * Kinds per column, from the header and the cells (the UI lets the user change them). A column
 * whose cells look like codes (`dd.dd`, four digits) is a region key only when its header says
 * so, or when ≥ 90 % of its values are codes that exist (`known`) and its header does not name a
 * quantity (`Produksi (ton)`); otherwise it stays a value
 * column: an IPM of 73.12 is not Kemendagri 73.12 (Soppeng), a tonnage of 7203 is not BPS 7203.
 */
export function profileColumns(table: RawTable, fallbackStyle: NumberStyle, known?: KnownCodes): ColumnProfile[] {
  return table.header.map((name, index) => {
    const cells = table.rows.map((r) => r[index] ?? '');
    const values = cells.filter((c) => !isMissingCell(c));
    const guess = detectNumberStyle(values, fallbackStyle);
    const base = { name, index, style: guess.style, styleCertain: guess.certain, filled: values.length };
    if (values.length === 0) return { ...base, kind: 'empty', invalid: 0 };
    const looks: CodeSystem = /tahun|year/i.test(name) ? 'name' : detectCodeSystem(values);
    const reason = looks === 'name' ? null : codeReason(name, values, looks, known);
    if (looks === 'bps' && reason) return { ...base, kind: 'bps_code', invalid: 0, reason };
    if (looks === 'kemendagri' && reason) return { ...base, kind: 'kemendagri_code', invalid: 0, reason };
    const invalid = values.filter((c) => !parseNumber(c, guess.style).ok).length;
    if (invalid <= values.length * 0.1) {
      const nums = values
        .map((c) => parseNumber(c, guess.style))
        .flatMap((p) => (p.ok && p.value !== null ? [p.value] : []));
      if (LAT_HEADER.test(name.trim()) && nums.every((v) => v >= -11.5 && v <= 6.5))
        return { ...base, kind: 'latitude', invalid };
      if (LON_HEADER.test(name.trim()) && nums.every((v) => v >= 94 && v <= 142))
        return { ...base, kind: 'longitude', invalid };
      return { ...base, kind: 'number', invalid };
    }
    return { ...base, kind: NAME_HEADER.test(name) ? 'region_name' : 'text', invalid: 0 };
  });
}

function codeReason(
  header: string,
  values: readonly string[],
  system: 'bps' | 'kemendagri',
  known: KnownCodes | undefined,
): CodeReason | null {
  if (CODE_HEADER.test(header)) return 'header';
  if (!known || VALUE_HEADER.test(header)) return null;
  const set = system === 'bps' ? known.bps : known.kemendagri;
  const real = values.filter((v) => set.has(v.trim())).length;
  return real >= values.length * REAL_CODE_SHARE ? 'real_codes' : null;
}

/** The column that most likely names the kab/kota: a code column first, then a name column. */
export function guessRegionColumn(profiles: readonly ColumnProfile[]): number | null {
  // A village or district (kecamatan) column names places below kab/kota: never the join key.
  const usable = profiles.filter((p) => !/desa|kelurahan|kecamatan|village|sub-?district/i.test(p.name));
  const pick = (k: ColumnKind, header?: RegExp) =>
    usable.find((p) => p.kind === k && (header === undefined || header.test(p.name)))?.index;
  return (
    pick('bps_code') ??
    pick('kemendagri_code') ??
    pick('region_name', /kab|kota|regency|district/i) ??
    pick('region_name') ??
    pick('text') ??
    null
  );
}

export function codeSystemOf(kind: ColumnKind): CodeSystem {
  return kind === 'bps_code' ? 'bps' : kind === 'kemendagri_code' ? 'kemendagri' : 'name';
}

/** What a user may set a column to (the preview's type control, the CLI's `--column-type`). */
export const COLUMN_TYPES = ['bps_code', 'kemendagri_code', 'region_name', 'number', 'text', 'ignore'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const isColumnType = (v: string): v is ColumnType => (COLUMN_TYPES as readonly string[]).includes(v);

/** The type a profile stands for in the control (latitude, longitude and empty read as they are). */
export function columnTypeOf(p: ColumnProfile): ColumnType {
  if (p.kind === 'latitude' || p.kind === 'longitude') return 'number';
  if (p.kind === 'empty') return 'ignore';
  return p.kind;
}

/**
 * The profiles with the user's types: a column set to a value is never a key, one set to a code
 * system is read in it, an ignored one is as if empty. `detected` keeps what detection said.
 */
export function withColumnTypes(
  profiles: readonly ColumnProfile[],
  types: Readonly<Record<number, ColumnType>>,
): (ColumnProfile & { readonly detected?: ColumnKind })[] {
  return profiles.map((p) => {
    const t = types[p.index];
    if (t === undefined || t === columnTypeOf(p)) return p;
    const kind: ColumnKind = t === 'ignore' ? 'empty' : t;
    const { reason: _r, ...rest } = p;
    return { ...rest, kind, detected: p.kind };
  });
}
