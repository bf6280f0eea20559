import type { Bilingual, ProvinceInfo, RegionProps } from './dataset-types';

export type RegionViewId = 'sulteng' | 'sulsel' | 'ntb' | 'indonesia';

export interface RegionView {
  readonly id: RegionViewId;
  readonly label: Bilingual;
  /** Kemendagri province code, or null for all of Indonesia. */
  readonly provinceCode: string | null;
}

export const REGION_VIEWS: readonly RegionView[] = [
  { id: 'sulteng', label: { id: 'Sulawesi Tengah', en: 'Central Sulawesi' }, provinceCode: '72' },
  { id: 'sulsel', label: { id: 'Sulawesi Selatan', en: 'South Sulawesi' }, provinceCode: '73' },
  { id: 'ntb', label: { id: 'Nusa Tenggara Barat', en: 'West Nusa Tenggara' }, provinceCode: '52' },
  { id: 'indonesia', label: { id: 'Seluruh Indonesia', en: 'All Indonesia' }, provinceCode: null },
];

export const DEFAULT_VIEW: RegionViewId = 'sulteng';

export function isRegionViewId(v: unknown): v is RegionViewId {
  return REGION_VIEWS.some((r) => r.id === v);
}

export function viewById(id: RegionViewId): RegionView {
  return REGION_VIEWS.find((v) => v.id === id) ?? (REGION_VIEWS[0] as RegionView);
}

export function inView(region: RegionProps, view: RegionView): boolean {
  return view.provinceCode === null || region.kemendagri_prov_code === view.provinceCode;
}

/** [west, south, east, north] of a view; Indonesia's box when the view is national. */
export function viewBounds(view: RegionView, provinces: readonly ProvinceInfo[]): [number, number, number, number] {
  const list =
    view.provinceCode === null ? provinces : provinces.filter((p) => p.kemendagri_prov_code === view.provinceCode);
  if (list.length === 0) return [94.9, -11.1, 141.1, 6.1];
  return [
    Math.min(...list.map((p) => p.bbox[0])),
    Math.min(...list.map((p) => p.bbox[1])),
    Math.max(...list.map((p) => p.bbox[2])),
    Math.max(...list.map((p) => p.bbox[3])),
  ];
}

/**
 * Central Sulawesi's box, so the very first frame opens on it before the catalog has loaded
 * (a test checks it against the catalog's province bbox).
 */
export const INITIAL_BOUNDS: readonly [number, number, number, number] = [119.448, -3.641, 124.181, 1.375];
