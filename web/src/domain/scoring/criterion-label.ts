import type { Catalog, Lang } from '../dataset-types';
import { parseCriterionId } from './criteria';

const FACILITY: Record<string, { id: string; en: string }> = {
  estate: { id: 'Jarak ke kawasan industri terdekat', en: 'Distance to nearest industrial estate' },
  kek: { id: 'Jarak ke KEK terdekat', en: 'Distance to nearest SEZ (KEK)' },
  port: { id: 'Jarak ke pelabuhan terdekat', en: 'Distance to nearest port' },
};

/** Human label and unit of a criterion id, in the UI language. */
export function criterionLabel(id: string, catalog: Catalog | null, lang: Lang): { label: string; unit: string } {
  const ref = parseCriterionId(id);
  if (!ref) return { label: id, unit: '' };
  if (ref.kind === 'dist') return { label: FACILITY[ref.facility]?.[lang] ?? id, unit: 'km' };
  const ind = catalog?.indicators.find((i) => i.id === ref.indicator);
  const label = ind?.label[lang] ?? ref.indicator;
  const unit = ind?.unit[lang] ?? '';
  if (ref.kind === 'ind') return { label, unit };
  if (ref.kind === 'per_km2')
    return { label: `${label} ${lang === 'id' ? 'per km²' : 'per km²'}`, unit: `${unit}/km²` };
  return { label: `${label} ${lang === 'id' ? 'per 1.000 jiwa' : 'per 1,000 people'}`, unit: `${unit}/1000` };
}
