import type { RegionProps } from '../dataset-types';
import { requiredColumns, type Scenario } from '../scoring/scenario';
import type { ScoredRow } from '../scoring/score-types';
import type { SiteCandidate, SiteSetParams } from './site-set';

/**
 * The kab/kota a site set chooses from: the ranked candidates (in the scenario's provinces when it
 * names some), each with its score, its distance origin (the label point the distance criteria
 * measure from) and, with a budget, its cost (the raw value of the cost criterion; null = unknown).
 */
export function siteCandidates(
  s: Scenario,
  rows: readonly ScoredRow[],
  regions: readonly RegionProps[],
): SiteCandidate[] {
  const spec = s.site_set;
  if (!spec) return [];
  const at = new Map(regions.map((r) => [r.kemendagri_code, r]));
  const costAt = spec.cost ? requiredColumns(s).indexOf(spec.cost.criterion) : -1;
  const provinces = spec.provinces && spec.provinces.length > 0 ? new Set(spec.provinces) : null;
  const out: SiteCandidate[] = [];
  for (const r of rows) {
    if (r.rank === null || r.score === null) continue;
    if (provinces && !provinces.has(r.kemendagri_prov_code)) continue;
    const g = at.get(r.kemendagri_code);
    if (!g) continue;
    out.push({
      code: r.kemendagri_code,
      province: r.kemendagri_prov_code,
      score: r.score,
      lon: g.label_lon,
      lat: g.label_lat,
      cost: costAt >= 0 ? (r.raw[costAt] ?? null) : null,
    });
  }
  return out;
}

/** The solver's parameters of a scenario's site set. */
export function siteSetParams(s: Scenario): SiteSetParams | null {
  const spec = s.site_set;
  if (!spec) return null;
  return {
    k: spec.k,
    ...(spec.per_province_max !== undefined ? { per_province_max: spec.per_province_max } : {}),
    ...(spec.min_spacing_km ? { min_spacing_km: spec.min_spacing_km } : {}),
    ...(spec.must ? { must: spec.must } : {}),
    ...(spec.must_not ? { must_not: spec.must_not } : {}),
    ...(spec.cost ? { cost: spec.cost } : {}),
  };
}
