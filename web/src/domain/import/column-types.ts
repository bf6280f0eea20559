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
/** Share of a column's values that must be real codes for it to count as codes without a header. */
const REAL_CODE_SHARE = 0.9;

const NAME_HEADER = /kab|kota|kabupaten|wilayah|region|district|regency|nama/i;
const LAT_HEADER = /^(lat|latitude|lintang|y)$/i;
const LON_HEADER = /^(lon|lng|long|longitude|bujur|x)$/i;

/**
 * Kinds per column, from the header and the cells (the UI lets the user change them). A column
 * whose cells look like codes (`dd.dd`, four digits) is a region key only when its header says
 * so, or when ≥ 90 % of its values are codes that exist (`known`); otherwise it stays a value
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
  if (!known) return null;
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
