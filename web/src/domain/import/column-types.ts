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
}

const NAME_HEADER = /kab|kota|kabupaten|wilayah|region|district|regency|nama/i;
const LAT_HEADER = /^(lat|latitude|lintang|y)$/i;
const LON_HEADER = /^(lon|lng|long|longitude|bujur|x)$/i;

/** Kinds per column, from the header and the cells (the UI lets the user change them). */
export function profileColumns(table: RawTable, fallbackStyle: NumberStyle): ColumnProfile[] {
  return table.header.map((name, index) => {
    const cells = table.rows.map((r) => r[index] ?? '');
    const values = cells.filter((c) => !isMissingCell(c));
    const guess = detectNumberStyle(values, fallbackStyle);
    const base = { name, index, style: guess.style, styleCertain: guess.certain, filled: values.length };
    if (values.length === 0) return { ...base, kind: 'empty', invalid: 0 };
    const system: CodeSystem = detectCodeSystem(values);
    if (system === 'bps' && !/tahun|year/i.test(name)) return { ...base, kind: 'bps_code', invalid: 0 };
    if (system === 'kemendagri' && /kode|code|kemendagri|id/i.test(name))
      return { ...base, kind: 'kemendagri_code', invalid: 0 };
    const invalid = values.filter((c) => !parseNumber(c, guess.style).ok).length;
    if (invalid <= values.length * 0.1) {
      const nums = values
        .map((c) => parseNumber(c, guess.style))
        .flatMap((p) => (p.ok && p.value !== null ? [p.value] : []));
      if (LAT_HEADER.test(name.trim()) && nums.every((v) => v >= -11.5 && v <= 6.5))
        return { ...base, kind: 'latitude', invalid };
      if (LON_HEADER.test(name.trim()) && nums.every((v) => v >= 94 && v <= 142))
        return { ...base, kind: 'longitude', invalid };
      if (system === 'kemendagri') return { ...base, kind: 'kemendagri_code', invalid: 0 };
      return { ...base, kind: 'number', invalid };
    }
    return { ...base, kind: NAME_HEADER.test(name) ? 'region_name' : 'text', invalid: 0 };
  });
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
