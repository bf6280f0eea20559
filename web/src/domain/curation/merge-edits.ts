import type { Catalog, IndicatorInfo, Observation, RegionProps } from '../dataset-types';
import type { UserIndicatorDef } from '../import/user-dataset';
import type { Edit } from './edits';

export const EDIT_PREFIX = 'edit:';
export const editSourceId = (e: Pick<Edit, 'indicator' | 'kemendagri_code'>) =>
  `${EDIT_PREFIX}${e.indicator}:${e.kemendagri_code}`;
export const isEditSource = (sourceId: string) => sourceId.startsWith(EDIT_PREFIX);

/**
 * Observations with the edits applied: an edited kab/kota gets the typed value as its headline,
 * and the value it replaced stays listed (no longer headline), so the profile can show both.
 */
export function applyEdits(observations: readonly Observation[], edits: readonly Edit[]): Observation[] {
  if (edits.length === 0) return observations as Observation[];
  const edited = new Set(edits.map((e) => `${e.indicator}\u0000${e.kemendagri_code}`));
  const out = observations.map((o) =>
    o.headline && edited.has(`${o.indicator}\u0000${o.kemendagri_code}`) ? { ...o, headline: false } : o,
  );
  for (const e of edits)
    out.push({
      kemendagri_code: e.kemendagri_code,
      bps_code: e.bps_code,
      indicator: e.indicator,
      value: e.value,
      year: e.year,
      source_id: editSourceId(e),
      note: `entered ${e.entered_at.slice(0, 10)}${e.replaced ? `; replaced ${e.replaced.value} (${e.replaced.source_id})` : '; no value before'}`,
      headline: true,
    });
  return out;
}

/**
 * The catalog with the edits visible: each edited indicator lists the typed figures' sources and
 * years and its coverage counts them; indicators created in the grid are added (group "user").
 */
export function catalogWithEdits(
  catalog: Catalog,
  edits: readonly Edit[],
  created: readonly UserIndicatorDef[],
  headline: (indicator: string) => ReadonlyMap<string, Observation>,
  regions: ReadonlyMap<string, RegionProps>,
): Catalog {
  if (edits.length === 0 && created.length === 0) return catalog;
  const createdInfos: IndicatorInfo[] = created.map((d) => ({
    id: d.id,
    group: 'user',
    label: { id: d.label, en: d.label },
    unit: { id: d.unit, en: d.unit },
    description: {
      id: `Indikator baru yang dibuat pengguna di tabel data. Sumber menurut pengguna: ${d.source}.`,
      en: `New indicator created by the user in the data grid. Source as stated by the user: ${d.source}.`,
    },
    caveat: {
      id: 'Angka diketik pengguna, bukan data terbitan resmi Sentra Atlas.',
      en: 'Figures typed by the user, not published data shipped with Sentra Atlas.',
    },
    coverage: { regions: 0, total: regions.size, by_province: {} },
    years: d.year ? [d.year] : [],
    source_ids: [],
  }));
  const byIndicator = new Map<string, Edit[]>();
  for (const e of edits) byIndicator.set(e.indicator, [...(byIndicator.get(e.indicator) ?? []), e]);
  const indicators = [...catalog.indicators, ...createdInfos].map((ind) => {
    const es = byIndicator.get(ind.id);
    if (!es) return ind;
    const head = headline(ind.id);
    const by_province: Record<string, number> = {};
    for (const code of head.keys()) {
      const p = regions.get(code)?.kemendagri_prov_code;
      if (p) by_province[p] = (by_province[p] ?? 0) + 1;
    }
    const caveat = {
      id: `${ind.caveat ? `${ind.caveat.id} ` : ''}${es.length} nilai diketik pengguna (ditandai).`,
      en: `${ind.caveat ? `${ind.caveat.en} ` : ''}${es.length} value(s) typed by the user (marked).`,
    };
    return {
      ...ind,
      caveat,
      coverage: { ...ind.coverage, regions: head.size, by_province },
      years: [...new Set([...ind.years, ...es.map((e) => e.year).filter((y) => y !== '')])].sort(),
      source_ids: [...new Set([...ind.source_ids, ...es.map(editSourceId)])],
    };
  });
  const sources = [
    ...catalog.sources,
    ...edits.map((e) => ({
      id: editSourceId(e),
      citation: `${e.source} — diketik pengguna / typed by the user, ${e.entered_at.slice(0, 10)}`,
    })),
  ];
  return { ...catalog, indicators, sources };
}
