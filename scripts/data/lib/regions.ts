import type { RegionKind } from '../../../web/src/domain/dataset-types';
import type { Row } from './csv';

export interface RegionRow {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly kemendagri_prov_code: string;
  readonly bps_prov_code: string;
  readonly province: string;
}

export const BPS_CODE = /^\d{4}$/;
export const KEMENDAGRI_CODE = /^\d{2}\.\d{2}$/;

export function regionKind(name: string): RegionKind {
  return name.startsWith('Kota ') ? 'kota' : 'kabupaten';
}

/**
 * Builds the 514-row region table from the population table (Kemendagri list with both codes)
 * and checks every code pair against the BPS↔Kemendagri crosswalk. Throws on any violation:
 * a wrong pair here would silently join one code system on the other downstream.
 */
export function buildRegions(population: readonly Row[], crosswalk: readonly Row[]): RegionRow[] {
  const cross = new Map<string, Row>();
  for (const c of crosswalk) {
    if (c.kemendagri_code) cross.set(c.kemendagri_code, c);
  }
  const errors: string[] = [];
  const seenK = new Set<string>();
  const seenB = new Set<string>();
  const out: RegionRow[] = [];
  for (const r of population) {
    const k = r.kemendagri_code ?? '';
    const b = r.bps_code ?? '';
    if (!KEMENDAGRI_CODE.test(k)) errors.push(`bad Kemendagri code "${k}" (${r.name})`);
    if (!BPS_CODE.test(b)) errors.push(`bad BPS code "${b}" (${r.name})`);
    if (seenK.has(k)) errors.push(`duplicate Kemendagri code ${k}`);
    if (seenB.has(b)) errors.push(`duplicate BPS code ${b}`);
    seenK.add(k);
    seenB.add(b);
    const c = cross.get(k);
    if (!c) errors.push(`${k} ${r.name}: not in the crosswalk`);
    else if (c.bps_code !== b) errors.push(`${k} ${r.name}: BPS ${b} but the crosswalk says ${c.bps_code}`);
    out.push({
      kemendagri_code: k,
      bps_code: b,
      name: r.name ?? '',
      kind: regionKind(r.name ?? ''),
      kemendagri_prov_code: r.kemendagri_prov_code ?? '',
      bps_prov_code: c?.bps_prov_code ?? '',
      province: r.province ?? '',
    });
  }
  if (out.length !== 514) errors.push(`expected 514 kab/kota, found ${out.length}`);
  if (errors.length > 0) throw new Error(`regions: ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  return out.sort((a, b) => a.kemendagri_code.localeCompare(b.kemendagri_code));
}

/** Checks that a row's (BPS, Kemendagri) pair is the same region in both systems. */
export function pairError(
  byKemendagri: ReadonlyMap<string, RegionRow>,
  kemendagri: string,
  bps: string,
): string | null {
  const r = byKemendagri.get(kemendagri);
  if (!r) return `unknown Kemendagri code "${kemendagri}"`;
  if (bps !== '' && r.bps_code !== bps) {
    return `Kemendagri ${kemendagri} is ${r.name} (BPS ${r.bps_code}) but the row says BPS ${bps}`;
  }
  return null;
}
