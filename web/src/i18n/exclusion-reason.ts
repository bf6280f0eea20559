import type { Catalog, Lang } from '../domain/dataset-types';
import { formatNumber } from '../domain/format';
import { criterionLabel } from '../domain/scoring/criterion-label';
import type { Scenario } from '../domain/scoring/scenario';
import type { ScoredRow } from '../domain/scoring/score-types';
import { translate } from './messages';

/**
 * Why a kab/kota is out of the ranking, in the UI language: one wording for the ranking table
 * and the PDF report (never the constraint's JSON).
 */
export function exclusionReason(s: Scenario, r: ScoredRow, lang: Lang, catalog: Catalog | null): string {
  if (!r.excluded) return '';
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);
  if (r.excluded.kind === 'missing')
    return t('reasonMissing', {
      what: criterionLabel(s.criteria[r.excluded.criterion]?.id ?? '', catalog, lang).label,
    });
  const c = s.constraints[r.excluded.index];
  const province = catalog?.provinces.find((p) => p.kemendagri_prov_code === r.kemendagri_prov_code)?.name;
  const what =
    c?.kind === 'region_kind'
      ? t(c.allow.length === 1 && c.allow[0] === 'kota' ? 'onlyKota' : 'onlyKabupaten')
      : c?.kind === 'exclude_provinces'
        ? t('excludedProvinces', { list: province ?? r.kemendagri_prov_code })
        : c?.kind === 'exclude_regions'
          ? t('excludedRegions', { list: r.name })
          : c?.kind === 'within_km'
            ? `${t('withinKm')} ${formatNumber(c.km, lang)} ${t('kmOf')} ${t(`facility_${c.facility}`)}`
            : c?.kind === 'threshold'
              ? `${criterionLabel(c.criterion, catalog, lang).label} ${c.op.replace('>=', '≥').replace('<=', '≤')} ${formatNumber(c.value, lang)}`
              : '';
  return t('reasonConstraint', { what });
}
