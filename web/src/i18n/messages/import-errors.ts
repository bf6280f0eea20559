import { IMPORT_EN, type ImportErrorKey } from '../../domain/import/import-messages';

/** Why a file could not be read, Bahasa Indonesia; English is the domain's. */
export const id: Record<ImportErrorKey, string> = {
  iTooBig:
    '{size} MB melebihi batas impor di peramban ({max} MB); pecah berkasnya atau simpan hanya kolom yang diperlukan',
  iBinary: 'isinya biner, bukan berkas teks CSV',
  iFewColumns: 'kurang dari dua kolom ditemukan (pemisah "{delimiter}")',
  iNotXlsx: 'bukan buku kerja XLSX yang dapat dibaca ({detail})',
  iNoSheets: 'buku kerja tidak punya lembar',
  iNotJson: 'bukan JSON yang sah ({detail})',
  iNotGeoJson: 'bukan GeoJSON FeatureCollection (tidak ada daftar "features")',
  iNotShapefile: 'bukan Shapefile ber-zip yang dapat dibaca ({detail})',
  iNoShp: 'zip tidak berisi lapisan .shp',
  iUnknownType: 'jenis berkas tidak dikenal (pakai .csv, .tsv, .xlsx, .geojson atau Shapefile ber-zip .zip)',
  iUnreadable: 'tidak dapat dibaca ({detail})',
  iWorkerFailed: 'pekerja impor gagal ({detail})',
};

export const en: Record<ImportErrorKey, string> = { ...IMPORT_EN };
