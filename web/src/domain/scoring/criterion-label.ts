import type { Catalog, Lang } from '../dataset-types';
import { parseCriterionId } from './criteria';

const FACILITY: Record<string, { id: string; en: string }> = {
  estate: { id: 'Jarak ke kawasan industri terdekat', en: 'Distance to nearest industrial estate' },
  kek: { id: 'Jarak ke KEK terdekat', en: 'Distance to nearest SEZ (KEK)' },
  port: { id: 'Jarak ke pelabuhan terdekat', en: 'Distance to nearest port' },
  sentra: { id: 'Jarak ke Sentra IKM terdekat', en: 'Distance to nearest Sentra IKM' },
};
const FACILITY_PLURAL: Record<string, { id: string; en: string }> = {
  estate: { id: 'kawasan industri', en: 'industrial estates' },
  kek: { id: 'KEK', en: 'SEZ (KEK)' },
  port: { id: 'pelabuhan', en: 'ports' },
  sentra: { id: 'Sentra IKM', en: 'Sentra IKM' },
};

// "≥ pengumpul": this class or a higher one (BIG Satu Peta hierarchy).
const PORT_CLASS_LABEL: ReadonlyArray<{ id: string; en: string }> = [
  { id: '(utama)', en: '(main port)' },
  { id: '(pengumpul atau lebih tinggi)', en: '(collector or higher)' },
  { id: '(pengumpan regional atau lebih tinggi)', en: '(regional feeder or higher)' },
  { id: '(berhierarki)', en: '(with a hierarchy)' },
];

/** Human label and unit of a criterion id, in the UI language. */
export function criterionLabel(id: string, catalog: Catalog | null, lang: Lang): { label: string; unit: string } {
  const ref = parseCriterionId(id);
  if (!ref) return { label: id, unit: '' };
  const word = ref.kind === 'dist' || ref.kind === 'count' ? ref.word : null;
  const cls = ref.kind === 'dist' || ref.kind === 'count' ? ref.maxRank : null;
  const operating = (ref.kind === 'dist' || ref.kind === 'count') && ref.operating;
  const suffix = `${cls ? ` ${PORT_CLASS_LABEL[cls - 1]?.[lang] ?? ''}` : ''}${operating ? (lang === 'id' ? ' (yang beroperasi)' : ' (operating)') : ''}${word ? ` (${word})` : ''}`;
  if (ref.kind === 'dist') return { label: `${FACILITY[ref.facility]?.[lang] ?? id}${suffix}`, unit: 'km' };
  if (ref.kind === 'count') {
    const what = `${FACILITY_PLURAL[ref.facility]?.[lang] ?? ref.facility}${suffix}`;
    return {
      label: lang === 'id' ? `Jumlah ${what} dalam ${ref.km} km` : `${what} within ${ref.km} km`,
      unit: lang === 'id' ? 'buah' : 'count',
    };
  }
  const ind = catalog?.indicators.find((i) => i.id === ref.indicator);
  const label = ind?.label[lang] ?? ref.indicator;
  const unit = ind?.unit[lang] ?? '';
  if (ref.kind === 'ind') return { label, unit };
  if (ref.kind === 'per_km2')
    return { label: `${label} ${lang === 'id' ? 'per km²' : 'per km²'}`, unit: `${unit}/km²` };
  return { label: `${label} ${lang === 'id' ? 'per 1.000 jiwa' : 'per 1,000 people'}`, unit: `${unit}/1000` };
}
