import type { Catalog, RegionProps } from './dataset-types';

/** Kab/kota and province names by Kemendagri code ("72.01", "72"); the code itself when unknown. */
export function namesOf(catalog: Catalog | null, regions: readonly RegionProps[]): (code: string) => string {
  const names = new Map<string, string>();
  for (const p of catalog?.provinces ?? []) names.set(p.kemendagri_prov_code, p.name);
  for (const r of regions) names.set(r.kemendagri_code, r.name);
  return (code) => names.get(code) ?? code;
}
