import type { Bilingual } from '../dataset-types';
import type { Criterion } from './scenario';

/**
 * Published Indonesian AHP weight sets (docs: shared domain primer) and what this dataset can
 * do with them. A factor is applied only through a named proxy; factors without data are listed,
 * never silently dropped or invented.
 */
export interface PresetFactor {
  readonly name: Bilingual;
  /** Weight as published, %. */
  readonly weight: number;
  /** The criterion used for it, or null when the data has nothing for it. */
  readonly criterion: Omit<Criterion, 'weight'> | null;
  readonly proxyNote?: Bilingual;
}

export interface Preset {
  readonly id: string;
  readonly citation: string;
  readonly area: Bilingual;
  readonly factors: readonly PresetFactor[];
}

const minmax = { kind: 'minmax' } as const;
const none = (id: string, en: string, weight: number): PresetFactor => ({ name: { id, en }, weight, criterion: null });

export const PRESETS: readonly Preset[] = [
  {
    id: 'alvin-2008',
    citation: 'Alvin, Renaldi & Singgih (2008), Seminar Nasional Manajemen Teknologi VII, ITS',
    area: { id: 'Bangkalan, industri mineral', en: 'Bangkalan, mineral industry' },
    factors: [
      {
        name: { id: 'Infrastruktur', en: 'Infrastructure' },
        weight: 59.4,
        criterion: { id: 'dist:port', direction: 'cost', normalisation: minmax, missing: 'worst' },
        proxyNote: {
          id: 'proksi: jarak ke pelabuhan terdekat (tidak ada data jalan)',
          en: 'proxy: distance to the nearest port (no road data)',
        },
      },
      {
        name: { id: 'Ekonomi', en: 'Economy' },
        weight: 24.9,
        criterion: { id: 'ind:imk_share_2021', direction: 'benefit', normalisation: minmax, missing: 'worst' },
        proxyNote: {
          id: 'proksi: pangsa unit IMK (hanya Sulawesi Tengah)',
          en: 'proxy: share of IMK units (Central Sulawesi only)',
        },
      },
      {
        name: { id: 'Sosial', en: 'Social' },
        weight: 15.9,
        criterion: { id: 'ind:density_2024', direction: 'benefit', normalisation: minmax, missing: 'worst' },
        proxyNote: { id: 'proksi: kepadatan penduduk (tenaga kerja)', en: 'proxy: population density (labour)' },
      },
    ],
  },
  {
    id: 'siswandi-krisnawati',
    citation: 'Siswandi & Krisnawati, Universitas Jenderal Soedirman',
    area: { id: 'Purbalingga, penentuan lokasi sentra', en: 'Purbalingga, sentra siting' },
    factors: [
      none('Dukungan pemerintah & masyarakat', 'Government & community support', 52.1),
      none('Daya tarik', 'Attraction', 33.5),
      {
        name: { id: 'Pengembangan sentra', en: 'Sentra development' },
        weight: 14.4,
        criterion: { id: 'ind:sentra_count', direction: 'benefit', normalisation: minmax, missing: 'worst' },
        proxyNote: {
          id: 'proksi: sentra tercatat (daftar tidak lengkap)',
          en: 'proxy: recorded sentra (incomplete list)',
        },
      },
    ],
  },
  {
    id: 'iswanto',
    citation: 'Iswanto, Institut Teknologi Nasional Malang',
    area: { id: 'Lamongan, kawasan industri', en: 'Lamongan, industrial estate' },
    factors: [
      none('Kemiringan lereng', 'Slope', 37),
      none('Jarak ke jalan', 'Distance to road', 20),
      none('Fasilitas umum', 'Public facilities', 15),
      none('Penggunaan lahan', 'Land use', 14),
      none('Sungai', 'River', 8),
      none('Tanah', 'Soil', 6),
    ],
  },
  {
    id: 'kandiawan-2017',
    citation: "Kandiawan, Hani'ah & Subiyanto (2017), Jurnal Geodesi Undip",
    area: { id: 'Sragen, kawasan industri', en: 'Sragen, industrial zone' },
    factors: [
      none('Kemiringan lereng', 'Slope', 37),
      none('Jalan utama', 'Main road', 24),
      none('Jaringan listrik', 'Power grid', 19),
      none('Penggunaan lahan', 'Land use', 12),
      none('Tanah', 'Soil', 5),
      none('Sungai', 'River', 3),
    ],
  },
  {
    id: 'acisc-2021',
    citation: 'Applied Computational Intelligence and Soft Computing (2021), article 6665959',
    area: { id: 'Kota Bekasi, web-GIS', en: 'Kota Bekasi, web-GIS' },
    factors: [
      none('Tanah', 'Soil', 35),
      none('Penggunaan lahan', 'Land use', 32),
      none('Kemiringan lereng', 'Slope', 15),
      none('Sungai', 'River', 9),
      none('Jalan', 'Road', 5),
      none('Fasilitas umum', 'Public facilities', 4),
    ],
  },
];

/** A preset is applied only when its mapped factors carry at least half of its weight. */
export function presetUsable(p: Preset): boolean {
  const mapped = p.factors.filter((f) => f.criterion).reduce((a, f) => a + f.weight, 0);
  const total = p.factors.reduce((a, f) => a + f.weight, 0);
  return mapped >= total / 2;
}

export function presetCriteria(p: Preset): Criterion[] {
  return p.factors.flatMap((f) => (f.criterion ? [{ ...f.criterion, weight: f.weight }] : []));
}

/** Permenperin 30/2020 technical criteria for industrial zones: none is in the data. */
export const REGULATORY_CONSTRAINTS: readonly Bilingual[] = [
  {
    id: 'Lereng ≤ 15 % (Permenperin 30/2020): tidak ada data lereng.',
    en: 'Slope ≤ 15 % (Permenperin 30/2020): no slope data.',
  },
  {
    id: 'Bukan zona rawan bencana tinggi (Permenperin 30/2020): tidak ada data risiko bencana.',
    en: 'Not a high disaster-risk zone (Permenperin 30/2020): no disaster-risk data.',
  },
];
