/** The strings of the app shell (header, about, banners, tabs), Bahasa Indonesia first. */
export const id = {
  appTitle: 'Sentra Atlas',
  about: 'Tentang & sumber',
  dataError: 'Berkas data tidak dapat dimuat',
  dataErrorRest: 'Bagian lain aplikasi tetap berjalan.',
  aboutTitle: 'Tentang Sentra Atlas',
  aboutIntro:
    'Sentra Atlas adalah dasbor analisis lokasi Sentra IKM yang berjalan sepenuhnya di peramban, tanpa internet. Setiap angka membawa sumber dan tahunnya; nilai yang tidak diketahui dibiarkan kosong dan ditampilkan sebagai "tidak ada data".',
  aboutOffline: 'Tidak ada permintaan ke luar situs ini: peta dasar, data dan huruf ikut dalam aplikasi.',
  aboutDatasets: 'Data',
  aboutLicence: 'Lisensi',
  aboutSoftware: 'Perangkat lunak dan gaya',
  aboutSoftwareText:
    'MapLibre GL JS (BSD-3-Clause), deck.gl (MIT), React (MIT), zustand (MIT), Turf (MIT), topojson (ISC), d3-dsv (ISC). Palet warna YlGnBu dari ColorBrewer (Cynthia Brewer, Apache-2.0).',
  aboutCodes:
    'Kode BPS (4 digit, mis. 7203 = Morowali) dan kode Kemendagri (bertitik, mis. 72.06 = Morowali; 72.03 = Donggala) disimpan keduanya dan tidak pernah saling ditukar.',
  tabMap: 'Peta',
  tabScoring: 'Skor lokasi',
  tabData: 'Data Anda',
  updateReady: 'Versi baru Sentra Atlas tersedia.',
  reloadNow: 'Muat ulang sekarang',
  exportButton: 'Ekspor',
  present: 'Presentasi',
};

export const en: Record<keyof typeof id, string> = {
  appTitle: 'Sentra Atlas',
  about: 'About & sources',
  dataError: 'A data file could not be loaded',
  dataErrorRest: 'The rest of the app keeps working.',
  aboutTitle: 'About Sentra Atlas',
  aboutIntro:
    'Sentra Atlas is a site-analysis dashboard for Sentra IKM that runs entirely in the browser, with no internet. Every figure carries its source and year; unknown values stay empty and are shown as "no data".',
  aboutOffline: 'No request leaves this site: the basemap, data and fonts ship with the app.',
  aboutDatasets: 'Data',
  aboutLicence: 'Licence',
  aboutSoftware: 'Software and styling',
  aboutSoftwareText:
    'MapLibre GL JS (BSD-3-Clause), deck.gl (MIT), React (MIT), zustand (MIT), Turf (MIT), topojson (ISC), d3-dsv (ISC). YlGnBu colour scheme from ColorBrewer (Cynthia Brewer, Apache-2.0).',
  aboutCodes:
    'BPS codes (4 digits, e.g. 7203 = Morowali) and Kemendagri codes (dotted, e.g. 72.06 = Morowali; 72.03 = Donggala) are both kept and never read as each other.',
  tabMap: 'Map',
  tabScoring: 'Site scoring',
  tabData: 'Your data',
  updateReady: 'A new version of Sentra Atlas is available.',
  reloadNow: 'Reload now',
  exportButton: 'Export',
  present: 'Present',
};
