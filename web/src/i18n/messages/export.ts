/** The strings of the export feature (PNG, PDF, tables), Bahasa Indonesia first. */
export const id = {
  exportAs: 'Unduh:',
  geojsonNeedsCode: 'Baris dengan kolom kemendagri_code mendapat geometri kab/kota',
  exportTitle: 'Ekspor peta dan laporan',
  exportMapTitle: 'Judul',
  exportSize: 'Ukuran PNG (piksel)',
  exportPng: 'Unduh peta (PNG)',
  exportPdf: 'Laporan FGD (PDF)',
  exporting: 'Menyiapkan…',
  exportNote:
    'Peta diekspor seperti yang tampil sekarang (skor pada tab Skor lokasi), dengan legenda, skenario, skala, arah utara dan atribusi. Laporan memakai bahasa antarmuka.',
};

export const en: Record<keyof typeof id, string> = {
  exportAs: 'Download:',
  geojsonNeedsCode: 'Rows with a kemendagri_code column get the kab/kota geometry',
  exportTitle: 'Export the map and a report',
  exportMapTitle: 'Title',
  exportSize: 'PNG size (pixels)',
  exportPng: 'Download the map (PNG)',
  exportPdf: 'FGD report (PDF)',
  exporting: 'Preparing…',
  exportNote:
    'The map is exported as shown now (scores on the Site scoring tab), with legend, scenario, scale bar, north arrow and attribution. The report uses the interface language.',
};
