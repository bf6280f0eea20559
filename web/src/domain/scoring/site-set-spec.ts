import type { ValidationKey, ValidationVars } from '../validation-messages';
import { parseCriterionId } from './criteria';

/** "Pilih N lokasi" in a scenario file (docs/scoring.md, "Choosing a set of sites"). */
export interface SiteSetSpec {
  readonly k: number;
  readonly provinces?: readonly string[];
  readonly per_province_max?: number;
  readonly min_spacing_km?: number;
  readonly must?: readonly string[];
  readonly must_not?: readonly string[];
  readonly cost?: { readonly criterion: string; readonly budget: number };
}

/** The largest K the validator accepts (checked before any work). */
export const SITE_SET_MAX_K = 1000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const KEMENDAGRI_KAB = /^\d{2}\.\d{2}$/;

export function validateSiteSet(
  v: unknown,
  knownIndicators: ReadonlySet<string> | undefined,
  err: (field: string, key: ValidationKey, vars?: ValidationVars) => void,
): void {
  const f = 'site_set';
  if (!isObj(v)) {
    err(f, 'vSiteSetObject');
    return;
  }
  if (!isNum(v.k) || !Number.isInteger(v.k) || v.k < 1 || v.k > SITE_SET_MAX_K)
    err(`${f}.k`, 'vSiteSetK', { max: SITE_SET_MAX_K });
  if (
    v.provinces !== undefined &&
    (!Array.isArray(v.provinces) || v.provinces.some((p) => typeof p !== 'string' || !/^\d{2}$/.test(p)))
  )
    err(`${f}.provinces`, 'vProvinceCodes');
  if (
    v.per_province_max !== undefined &&
    (!isNum(v.per_province_max) || !Number.isInteger(v.per_province_max) || v.per_province_max < 1)
  )
    err(`${f}.per_province_max`, 'vSiteSetCap');
  if (v.min_spacing_km !== undefined && (!isNum(v.min_spacing_km) || v.min_spacing_km < 0 || v.min_spacing_km > 5000))
    err(`${f}.min_spacing_km`, 'vSiteSetSpacing');
  for (const key of ['must', 'must_not'] as const) {
    const list = v[key];
    if (
      list !== undefined &&
      (!Array.isArray(list) || list.some((c) => typeof c !== 'string' || !KEMENDAGRI_KAB.test(c)))
    )
      err(`${f}.${key}`, 'vRegionCodes', { example: '72.01' });
  }
  if (Array.isArray(v.must) && Array.isArray(v.must_not)) {
    const both = v.must.filter((c) => (v.must_not as unknown[]).includes(c));
    if (both.length > 0) err(`${f}.must`, 'vSiteSetBoth', { codes: both.join(', ') });
  }
  if (v.cost !== undefined) {
    const c = v.cost;
    if (!isObj(c) || typeof c.criterion !== 'string' || !isNum(c.budget) || c.budget < 0)
      err(`${f}.cost`, 'vSiteSetCost');
    else {
      const ref = parseCriterionId(c.criterion);
      if (!ref) err(`${f}.cost.criterion`, 'vSiteSetCostId', { id: String(c.criterion) });
      else if ('indicator' in ref && knownIndicators && !knownIndicators.has(ref.indicator))
        err(`${f}.cost.criterion`, 'vSiteSetCostIndicator', { id: ref.indicator });
    }
  }
}
