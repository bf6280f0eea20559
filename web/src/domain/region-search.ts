import type { RegionProps } from './dataset-types';

export type MatchedBy = 'name' | 'bps' | 'kemendagri';

export interface SearchHit {
  readonly region: RegionProps;
  readonly matchedBy: MatchedBy;
}

/**
 * Normalises a kab/kota name for matching: case, accents, hyphens and spaces, and the
 * "Kabupaten"/"Kab." prefix ("KAB. TOLI-TOLI" = "Kabupaten Tolitoli"). "Kota" is kept: it tells
 * Kota Bandung from Kabupaten Bandung.
 */
export function normaliseRegionName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\s*(kabupaten|kab\.?)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Finds kab/kota by name or by either code. A 4-digit query is a BPS code and a dotted one a
 * Kemendagri code: "7206" is Toli-Toli (BPS) while "72.06" is Morowali (Kemendagri) — the two
 * systems are never read as each other.
 */
export function searchRegions(query: string, regions: readonly RegionProps[], limit = 8): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  if (/^\d{1,4}$/.test(q)) {
    return regions
      .filter((r) => r.bps_code.startsWith(q))
      .slice(0, limit)
      .map((region) => ({ region, matchedBy: 'bps' as const }));
  }
  if (/^\d{2}\.\d{0,2}$/.test(q)) {
    return regions
      .filter((r) => r.kemendagri_code.startsWith(q))
      .slice(0, limit)
      .map((region) => ({ region, matchedBy: 'kemendagri' as const }));
  }
  const nq = normaliseRegionName(q);
  if (nq === '') return [];
  const scored: { region: RegionProps; score: number }[] = [];
  for (const region of regions) {
    const n = normaliseRegionName(region.name);
    const score = n === nq ? 0 : n.startsWith(nq) ? 1 : n.includes(nq) ? 2 : -1;
    if (score >= 0) scored.push({ region, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.region.name.localeCompare(b.region.name))
    .slice(0, limit)
    .map(({ region }) => ({ region, matchedBy: 'name' as const }));
}
