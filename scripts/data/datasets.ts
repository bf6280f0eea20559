import type { DatasetInfo } from '../../web/src/domain/dataset-types';

/** What the About panel lists: every dataset the app ships, its licence and coverage. */
export const DATASETS: readonly DatasetInfo[] = [
  {
    id: 'boundaries',
    title: { id: 'Batas kabupaten/kota 2020', en: 'Kabupaten/kota boundaries 2020' },
    description: {
      id: 'Poligon 514 kab/kota (geoBoundaries IDN ADM2, garis keturunan BPS/OCHA), disederhanakan untuk web; provinsi = gabungan kab/kota.',
      en: '514 kab/kota polygons (geoBoundaries IDN ADM2, BPS/OCHA lineage), simplified for the web; provinces dissolved from them.',
    },
    source:
      'BPS-Statistics Indonesia / OCHA ROAP (COD-AB), via geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866)',
    licence: 'CC BY 3.0 IGO',
    year: '2020',
    coverage: { id: '514/514 kab/kota', en: '514/514 kab/kota' },
    files: ['regions.topo.json'],
  },
  {
    id: 'codes',
    title: { id: 'Kode wilayah BPS ↔ Kemendagri', en: 'BPS ↔ Kemendagri region codes' },
    description: {
      id: 'Kode BPS 2020 (COD-AB) dan kode Kemendagri 2025 (Kepmendagri 300.2.2-2138/2025 via idn-area-data) untuk setiap kab/kota; 199 dari 514 berbeda.',
      en: 'BPS 2020 (COD-AB) and Kemendagri 2025 (Kepmendagri 300.2.2-2138/2025 via idn-area-data) codes for every kab/kota; 199 of 514 differ.',
    },
    source: 'OCHA COD-AB tabular (CC BY-IGO); idn-area-data 4.0.1 by fityannugroho (ODbL 1.0)',
    licence: 'CC BY-IGO; ODbL 1.0',
    year: '2020; 2025',
    coverage: { id: '514/514 kab/kota', en: '514/514 kab/kota' },
    files: ['regions.topo.json'],
  },
  {
    id: 'population-area',
    title: { id: 'Penduduk dan luas wilayah', en: 'Population and area' },
    description: {
      id: 'Penduduk ≈2024 dan luas BIG 2024 (cahyadsn/wilayah); penduduk SP2020 dari salinan Wikipedia yang mengutip BPS.',
      en: 'Population ≈2024 and BIG 2024 area (cahyadsn/wilayah); SP2020 population from Wikipedia mirrors citing BPS.',
    },
    source: 'github.com/cahyadsn/wilayah (MIT as declared); BPS SP2020 via Wikipedia (CC BY-SA text)',
    licence: 'MIT (as declared); facts',
    year: '2020; 2024',
    coverage: { id: '≈2024 dan luas: 514/514; SP2020: sebagian', en: '≈2024 and area: 514/514; SP2020: partial' },
    files: ['observations.csv'],
  },
  {
    id: 'commodities',
    title: { id: 'Produksi komoditas per kab/kota', en: 'Commodity production by kab/kota' },
    description: {
      id: 'Angka kelapa, kakao, cengkeh, sawit dan rumput laut yang dihimpun dari halaman publik, satu sumber dan tahun per baris.',
      en: 'Coconut, cocoa, clove, oil palm and seaweed figures compiled from public pages, one source and year per row.',
    },
    source: 'BPS, district offices and news pages (cited per value)',
    licence: 'facts (cited per value)',
    year: '2016–2025',
    coverage: { id: 'Sebagian; terutama Sulawesi Tengah', en: 'Partial; mostly Central Sulawesi' },
    files: ['observations.csv'],
  },
  {
    id: 'imk',
    title: { id: 'Industri mikro dan kecil Sulawesi Tengah 2021', en: 'Micro & small industry, Central Sulawesi 2021' },
    description: {
      id: 'Pangsa tiap kab/kota dari unit IMK provinsi (Survei IMK BPS 2021).',
      en: "Each kab/kota's share of the province's IMK units (BPS IMK survey 2021).",
    },
    source: 'BPS Sulawesi Tengah via likein.id',
    licence: 'facts',
    year: '2021',
    coverage: { id: '13/13 kab/kota Sulawesi Tengah', en: '13/13 Central Sulawesi kab/kota' },
    files: ['observations.csv'],
  },
  {
    id: 'sentra',
    title: { id: 'Sentra IKM', en: 'Sentra IKM (SME clusters)' },
    description: {
      id: '27 sentra dari sumber publik; koordinat = titik tengah desa/kecamatan (perkiraan).',
      en: '27 sentra from public sources; coordinates are village/kecamatan centroids (approximate).',
    },
    source: 'Government and news pages (cited per row); centroids from cahyadsn/wilayah_boundaries (MIT as declared)',
    licence: 'facts; MIT (centroids)',
    year: '2010–2026',
    coverage: { id: 'Bukan registri lengkap', en: 'Not a complete registry' },
    files: ['points.json'],
  },
  {
    id: 'estates',
    title: { id: 'Kawasan industri dan KEK', en: 'Industrial estates and SEZ' },
    description: {
      id: '19 kawasan industri, KEK dan kawasan smelter (IMIP, IHIP, KEK Palu…); koordinat = titik tengah desa/kecamatan.',
      en: '19 industrial estates, special economic zones and smelter estates (IMIP, IHIP, KEK Palu…); coordinates are village/kecamatan centroids.',
    },
    source: 'Government and news pages (cited per row)',
    licence: 'facts; MIT (centroids)',
    year: '2023–2025',
    coverage: {
      id: 'Provinsi fokus di Sulawesi, NTB, Maluku Utara',
      en: 'Focus provinces in Sulawesi, NTB, North Maluku',
    },
    files: ['points.json'],
  },
  {
    id: 'ports',
    title: { id: 'Pelabuhan', en: 'Ports' },
    description: {
      id: '155 pelabuhan: Kemenhub SIMPEL 2017 (Sulawesi, Gorontalo, NTB) dan NGA World Port Index.',
      en: '155 ports: Kemenhub SIMPEL 2017 (Sulawesi, Gorontalo, NTB) and the NGA World Port Index.',
    },
    source:
      'Kemenhub SIMPEL via zackad/pelabuhan-indonesia-geojson (MIT; ministry terms unverified); World Port Index (Pub 150), National Geospatial-Intelligence Agency (public domain)',
    licence: 'MIT; public domain',
    year: '2017; 2025',
    coverage: { id: 'Tidak lengkap', en: 'Incomplete' },
    files: ['points.json'],
  },
  {
    id: 'processors',
    title: { id: 'Pengolah kelapa', en: 'Coconut processors' },
    description: {
      id: '24 pabrik dan pengolah kelapa (sisi permintaan); 10 tanpa koordinat.',
      en: '24 coconut mills and processors (demand side); 10 without coordinates.',
    },
    source: 'News and company pages (cited per row)',
    licence: 'facts',
    year: '2009–2025',
    coverage: { id: 'Tidak lengkap', en: 'Incomplete' },
    files: ['points.json'],
  },
  {
    id: 'basemap',
    title: { id: 'Peta dasar negara tetangga', en: 'Neighbouring countries basemap' },
    description: {
      id: 'Daratan negara tetangga dari Natural Earth 1:10m, dipotong ke wilayah Indonesia.',
      en: 'Neighbouring land from Natural Earth 1:10m, clipped to the Indonesian region.',
    },
    source: 'Natural Earth via world-atlas 2.0.2',
    licence: 'public domain',
    year: '2.0.2',
    coverage: { id: 'Konteks saja', en: 'Context only' },
    files: ['basemap.geojson'],
  },
];
