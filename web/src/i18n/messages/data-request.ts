/** "Minta data": the fill-in template of missing values and reading it back, Bahasa Indonesia first. */
export const id = {
  requestTitle: 'Minta data yang kosong',
  requestHelp:
    'Unduh templat isian untuk {n} kab/kota yang belum punya nilai, kirim ke Dinas atau BPS, lalu impor kembali isiannya. Setiap nilai wajib bersumber dan bertahun.',
  requestXlsx: 'Templat (XLSX)',
  requestCsv: 'Templat (CSV)',
  requestImport: 'Impor isian templat',
  requestApplied:
    '{n} nilai dari {file} diterapkan, tercatat sebagai nilai ketikan dengan sumbernya (bisa dibatalkan di Data Anda → Tabel nilai).',
  requestNothing: 'Tidak ada nilai terisi di {file}.',
  requestRefusedHead: '{n} isian ditolak (yang lain tetap diterapkan):',
  reqUnknownCode: 'baris {line}: kode Kemendagri "{code}" tidak dikenal',
  reqOtherRegion: 'baris {line}: {code} bukan kandidat peringkat ini',
  reqBpsMismatch: 'baris {line}: kode BPS {bps} bukan kode {code}',
  reqNoSource: 'baris {line}: {indicator} tanpa sumber',
  reqNoYear: 'baris {line}: {indicator} tanpa tahun',
  reqNotNumber: 'baris {line}: {indicator} "{text}" bukan angka',
  reqUnknownColumns:
    'baris {line}: kolom templat tidak dikenali (perlu kemendagri_code, bps_code dan <indikator>.value)',
  reqInstrHead: 'Sentra Atlas — permintaan data untuk skenario "{scenario}", dibuat {date}.',
  reqInstrFill:
    'Isi <indikator>.value dengan angka, <indikator>.year dengan tahun data dan <indikator>.source dengan sumbernya (mis. "BPS Kabupaten Poso, Poso Dalam Angka 2024, tabel 5.2.1"). Nilai tanpa sumber atau tahun ditolak.',
  reqInstrKeep:
    'Biarkan kosong bila datanya tidak ada. Jangan mengubah kolom kode: kode BPS dan Kemendagri harus cocok.',
  reqInstrIndicator: '{id}: {label} ({unit}); kosong untuk {n} kab/kota.',
  reqSheetData: 'isian',
  reqSheetHelp: 'petunjuk',
  reqFileName: 'permintaan-data',
};

export const en: Record<keyof typeof id, string> = {
  requestTitle: 'Request the missing data',
  requestHelp:
    'Download a fill-in template for the {n} kab/kota without a value, send it to the Dinas or BPS, then import what they filled in. Every value needs its source and year.',
  requestXlsx: 'Template (XLSX)',
  requestCsv: 'Template (CSV)',
  requestImport: 'Import a filled template',
  requestApplied:
    '{n} values from {file} applied, recorded as typed values with their sources (undo in Your data → Value table).',
  requestNothing: 'No value is filled in {file}.',
  requestRefusedHead: '{n} entries refused (the others are applied):',
  reqUnknownCode: 'line {line}: Kemendagri code "{code}" is unknown',
  reqOtherRegion: 'line {line}: {code} is not a candidate of this ranking',
  reqBpsMismatch: 'line {line}: BPS code {bps} is not that of {code}',
  reqNoSource: 'line {line}: {indicator} has no source',
  reqNoYear: 'line {line}: {indicator} has no year',
  reqNotNumber: 'line {line}: {indicator} "{text}" is not a number',
  reqUnknownColumns: 'line {line}: not a template (needs kemendagri_code, bps_code and <indicator>.value columns)',
  reqInstrHead: 'Sentra Atlas — data request for the scenario "{scenario}", made {date}.',
  reqInstrFill:
    'Fill <indicator>.value with the number, <indicator>.year with the year of the figure and <indicator>.source with where it comes from (e.g. "BPS Kabupaten Poso, Poso Dalam Angka 2024, table 5.2.1"). A value without its source or year is refused.',
  reqInstrKeep:
    'Leave a cell empty where the figure does not exist. Do not change the code columns: the BPS and Kemendagri codes must match.',
  reqInstrIndicator: '{id}: {label} ({unit}); empty for {n} kab/kota.',
  reqSheetData: 'values',
  reqSheetHelp: 'instructions',
  reqFileName: 'data-request',
};
