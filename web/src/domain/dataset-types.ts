/**
 * The contract between the data pipeline (scripts/data) and the app: the shapes of the files
 * in public/data. Region codes are always strings; coordinates are always [lon, lat].
 */

export type Lang = 'id' | 'en';

/** A text in both UI languages. */
export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export type RegionKind = 'kabupaten' | 'kota';

/** Properties of one kab/kota geometry in regions.topo.json (object `regions`). Both code systems, never one for the other. */
export interface RegionProps {
  /** Kemendagri 2025 code, dotted: "72.06". */
  readonly kemendagri_code: string;
  /** BPS 2020 code, 4 digits: "7203". */
  readonly bps_code: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly kemendagri_prov_code: string;
  readonly bps_prov_code: string;
  /** A point inside the polygon (pole of inaccessibility), for labels and clicks. */
  readonly label_lon: number;
  readonly label_lat: number;
}

export interface ProvinceInfo {
  readonly kemendagri_prov_code: string;
  readonly bps_prov_code: string;
  readonly name: string;
  /** [west, south, east, north] in degrees. */
  readonly bbox: readonly [number, number, number, number];
}

export interface SourceInfo {
  readonly id: string;
  readonly citation: string;
}

export interface IndicatorCoverage {
  /** kab/kota with a value, of `total`. */
  readonly regions: number;
  readonly total: number;
  /** kab/kota with a value per Kemendagri province code. */
  readonly by_province: Readonly<Record<string, number>>;
}

export interface IndicatorInfo {
  readonly id: string;
  readonly group: 'population' | 'land' | 'industry' | 'facilities' | 'commodity' | 'user';
  readonly label: Bilingual;
  readonly unit: Bilingual;
  readonly description: Bilingual;
  /** Known weaknesses of the figures, shown with the legend and profile. */
  readonly caveat?: Bilingual;
  readonly coverage: IndicatorCoverage;
  /** Distinct year texts of the values shown on the map, as the sources state them. */
  readonly years: readonly string[];
  /** Source ids of the values shown on the map. */
  readonly source_ids: readonly string[];
}

export interface DatasetInfo {
  readonly id: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly source: string;
  readonly licence: string;
  readonly year: string;
  readonly coverage: Bilingual;
  readonly files: readonly string[];
}

export interface Catalog {
  readonly version: 1;
  readonly datasets: readonly DatasetInfo[];
  readonly indicators: readonly IndicatorInfo[];
  readonly provinces: readonly ProvinceInfo[];
  readonly sources: readonly SourceInfo[];
}

/** Columns of observations.csv, in order (the pipeline writes them, the app checks them). */
export const OBSERVATION_COLUMNS = [
  'kemendagri_code',
  'bps_code',
  'indicator',
  'value',
  'year',
  'source_id',
  'note',
  'headline',
] as const;

/** One row of observations.csv. */
export interface Observation {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly indicator: string;
  readonly value: number;
  /** As the source states it: "2019", "2019/2020", "" (not stated). */
  readonly year: string;
  readonly source_id: string;
  readonly note: string;
  /** True for the one value per region and indicator shown on the map (latest year first). */
  readonly headline: boolean;
}

export type PointLayerId = 'sentra' | 'estates' | 'ports' | 'processors';

export type LocationCheck =
  /** The coordinate falls inside the kab/kota the source states. */
  | 'inside'
  /** The coordinate falls in another kab/kota: reported, never reassigned. */
  | 'other_region'
  /** The coordinate falls in no kab/kota polygon (typically a port or coastal centroid). */
  | 'at_sea'
  | 'no_coordinates'
  | 'no_stated_region';

export interface PointRecord {
  readonly id: string;
  readonly layer: PointLayerId;
  readonly name: string;
  /** Sub-type: commodity of a sentra, estate type, port category, product of a processor. */
  readonly kind: string;
  /** The kab/kota the source states (may be empty). */
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly lon: number | null;
  readonly lat: number | null;
  /** True where the coordinate is a village/kecamatan centroid or a rounded index value. */
  readonly approximate: boolean;
  readonly coord_method: string;
  readonly location_check: LocationCheck;
  /** The kab/kota the coordinate falls in (Kemendagri code), when it has one. */
  readonly located_in: string;
  readonly year: string;
  readonly source: string;
  /** Every attribute of the source row, in source column order. */
  readonly attrs: ReadonlyArray<readonly [string, string]>;
  /** A port merged from several source records (Sulteng, Sulsel, NTB): its class and records. */
  readonly port?: PortFacts;
}

export type PortSource = 'big_umum' | 'big_penyeberangan' | 'bmkg' | 'dlca' | 'kemenhub_2017' | 'wpi' | 'compiled';
export type PortService = 'umum' | 'penyeberangan' | 'perikanan';

/** Port hierarchy rank: 1 utama, 2 pengumpul, 3 pengumpan regional, 4 pengumpan lokal. */
export const PORT_HIERARCHY = ['utama', 'pengumpul', 'pengumpan_regional', 'pengumpan_lokal'] as const;
export type PortHierarchy = (typeof PORT_HIERARCHY)[number];

export interface PortFacts {
  /** 1–4 (see PORT_HIERARCHY), read from BIG's `hirrki` code; null where no source gives one. */
  readonly hierarchy: number | null;
  readonly services: readonly PortService[];
  /** Every source record of this port; the first is the one whose coordinate is used. */
  readonly records: readonly PortSourceRecord[];
}

export interface PortSourceRecord {
  readonly ref: string;
  readonly source: PortSource;
  readonly name: string;
  readonly stated_kab: string;
  readonly lat: number;
  readonly lon: number;
  /** Great-circle km from the coordinate used for the port. */
  readonly km: number;
  readonly year: string;
  readonly citation: string;
}

export type PointsFile = Readonly<Record<PointLayerId, readonly PointRecord[]>>;

export const POINT_LAYERS: readonly PointLayerId[] = ['sentra', 'estates', 'ports', 'processors'];
