import { distance } from 'fastest-levenshtein';
import type { RegionProps } from '../dataset-types';

/**
 * Matching users' rows to kab/kota. The code system is decided once per column, never per cell:
 * a column of 4-digit codes is BPS ("7203" = Morowali) and a column of dotted codes is Kemendagri
 * ("72.03" = Donggala). A BPS code is never looked up among Kemendagri codes or the reverse.
 */
export type CodeSystem = 'bps' | 'kemendagri' | 'name';

export interface RegionAlias {
  readonly kemendagri_code: string;
  readonly alias: string;
  readonly source: string;
}

export type RowMatch =
  | { readonly status: 'matched'; readonly code: string; readonly via: 'code' | 'name' | 'alias' | 'user' }
  | { readonly status: 'unmatched'; readonly suggestions: readonly string[] }
  /** A total or subtotal row ("Jumlah", "Sulawesi Tengah", "Indonesia"): skipped. */
  | { readonly status: 'total' }
  | { readonly status: 'blank' };

/**
 * A name reduced to what identifies a kab/kota: lower case, no accents, no punctuation or spaces
 * ("Toli-Toli" = "Tolitoli" = "TOLI TOLI"), no "Kabupaten"/"Kab."/"Administrasi". "Kota" stays, because
 * Kota Bima and Kabupaten Bima are different places.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\badministrasi\b|\badm\.?(?=\s)/g, ' ')
    .replace(/^\s*(kabupaten|kab\.?)\s*/, '')
    .replace(/^\s*kota\.?\s*/, 'kota ')
    .replace(/[^a-z0-9]/g, '');
}

/** The name without "kota" either: for rows that write "Palu" for Kota Palu. */
const bare = (n: string) => n.replace(/^kota/, '');

const TOTAL = /^(jumlah|total|sub ?total|grand ?total|indonesia|provinsi\b|prov\.|rata-rata|rerata|average)/i;

export function detectCodeSystem(cells: readonly string[]): CodeSystem {
  const vals = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (vals.length === 0) return 'name';
  const share = (re: RegExp) => vals.filter((v) => re.test(v)).length / vals.length;
  if (share(/^\d{4}$/) >= 0.6) return 'bps';
  if (share(/^\d{2}\.\d{1,2}$/) >= 0.6) return 'kemendagri';
  return 'name';
}

export interface RegionMatcher {
  match(cell: string, system: CodeSystem): RowMatch;
  readonly regions: readonly RegionProps[];
}

/**
 * Builds a matcher over the candidate kab/kota (a province's, or all 514) and the known other
 * names (renames such as Mamuju Utara → Pasangkayu, from the BPS–Kemendagri crosswalk).
 */
export function createRegionMatcher(
  regions: readonly RegionProps[],
  aliases: readonly RegionAlias[],
  provinceNames: readonly string[] = [],
): RegionMatcher {
  const byBps = new Map(regions.map((r) => [r.bps_code, r.kemendagri_code]));
  const byKemendagri = new Set(regions.map((r) => r.kemendagri_code));
  const byName = new Map<string, string[]>();
  const add = (key: string, code: string) => {
    const list = byName.get(key) ?? [];
    if (!list.includes(code)) list.push(code);
    byName.set(key, list);
  };
  for (const r of regions) add(normaliseName(r.name), r.kemendagri_code);
  const byBare = new Map<string, string[]>();
  for (const r of regions) {
    const k = bare(normaliseName(r.name));
    byBare.set(k, [...(byBare.get(k) ?? []), r.kemendagri_code]);
  }
  const aliasTo = new Map<string, string>();
  for (const a of aliases)
    if (byKemendagri.has(a.kemendagri_code)) aliasTo.set(normaliseName(a.alias), a.kemendagri_code);
  const provinces = new Set(provinceNames.map(normaliseName));
  const keys = [...byName.keys()];

  const suggest = (n: string): string[] => {
    const scored = keys
      .map((k) => ({ k, d: Math.min(distance(n, k), distance(bare(n), bare(k)) + 0.5) }))
      .filter(({ k, d }) => d <= Math.max(2, Math.floor(Math.max(k.length, n.length) * 0.34)))
      .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
    return [...new Set(scored.flatMap(({ k }) => byName.get(k) ?? []))].slice(0, 3);
  };

  // A desa-level file repeats each kab/kota name thousands of times: match each distinct cell once.
  const memo = new Map<string, RowMatch>();
  const matchOnce = (cell: string, system: CodeSystem): RowMatch => {
    const t = cell.trim();
    if (t === '') return { status: 'blank' };
    if (TOTAL.test(t)) return { status: 'total' };
    // "Gorontalo" is a province and a kabupaten: the row is a total unless it says "Kab.",
    // and a bare name shared by both is left to the user.
    if (system === 'name' && provinces.has(normaliseName(t)) && !/^\s*(kabupaten|kab\.?)\s/i.test(t)) {
      const kab = byName.get(normaliseName(t));
      return kab ? { status: 'unmatched', suggestions: kab } : { status: 'total' };
    }
    if (system === 'bps') {
      const code = byBps.get(t);
      return code ? { status: 'matched', code, via: 'code' } : { status: 'unmatched', suggestions: [] };
    }
    if (system === 'kemendagri') {
      if (byKemendagri.has(t)) return { status: 'matched', code: t, via: 'code' };
      // A spreadsheet that stored 72.10 as a number shows "72.1": offer 72.10, never guess it.
      const padded = /^(\d{2})\.(\d)$/.exec(t);
      const s = padded ? `${padded[1]}.${padded[2]}0` : '';
      return { status: 'unmatched', suggestions: byKemendagri.has(s) ? [s] : [] };
    }
    const n = normaliseName(t);
    const exact = byName.get(n);
    if (exact?.length === 1 && exact[0]) return { status: 'matched', code: exact[0], via: 'name' };
    const alias = aliasTo.get(n);
    if (alias) return { status: 'matched', code: alias, via: 'alias' };
    // "Palu" for Kota Palu is safe only when no Kabupaten Palu exists.
    const loose = byBare.get(bare(n));
    if (!n.startsWith('kota') && loose?.length === 1 && loose[0])
      return { status: 'matched', code: loose[0], via: 'name' };
    if (loose && loose.length > 1) return { status: 'unmatched', suggestions: loose };
    return { status: 'unmatched', suggestions: suggest(n) };
  };
  return {
    regions,
    match(cell, system) {
      const key = `${system}\u0000${cell}`;
      let m = memo.get(key);
      if (!m) {
        m = matchOnce(cell, system);
        memo.set(key, m);
      }
      return m;
    },
  };
}

export interface MatchReport {
  readonly system: CodeSystem;
  readonly matches: readonly RowMatch[];
  readonly matched: number;
  readonly unmatched: number;
  readonly totals: number;
  readonly blank: number;
  /** Rows that name a kab/kota an earlier row already named (their values are aggregated). */
  readonly duplicates: readonly number[];
}

/**
 * Matches a column. `fixes` are the user's own choices for rows (row index → Kemendagri code);
 * they win over the matcher. Rows repeating a kab/kota (a desa-level table) stay matched and are
 * listed, so the import can aggregate them.
 */
export function matchColumn(
  matcher: RegionMatcher,
  cells: readonly string[],
  system: CodeSystem = detectCodeSystem(cells),
  fixes: ReadonlyMap<number, string> = new Map(),
): MatchReport {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  const matches: RowMatch[] = cells.map((c, i) => {
    const fixed = fixes.get(i);
    const m: RowMatch = fixed ? { status: 'matched', code: fixed, via: 'user' } : matcher.match(c, system);
    if (m.status !== 'matched') return m;
    if (seen.has(m.code)) duplicates.push(i);
    seen.add(m.code);
    return m;
  });
  const count = (s: RowMatch['status']) => matches.filter((m) => m.status === s).length;
  return {
    system,
    matches,
    matched: count('matched'),
    unmatched: count('unmatched'),
    totals: count('total'),
    blank: count('blank'),
    duplicates,
  };
}
