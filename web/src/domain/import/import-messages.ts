/**
 * What the file reader says when a file cannot be read, by key: the English text (CLI, tests) with
 * `{name}` placeholders; the app shows the same keys in the interface language
 * (i18n/messages/import-errors.ts).
 */
export const IMPORT_EN = {
  iTooBig:
    '{size} MB is more than the {max} MB the browser import accepts; split the file or keep only the columns you need',
  iBinary: 'binary content, not a text CSV file',
  iFewColumns: 'fewer than two columns were found (delimiter "{delimiter}")',
  iNotXlsx: 'not a readable XLSX workbook ({detail})',
  iNoSheets: 'the workbook has no sheets',
  iNotJson: 'not valid JSON ({detail})',
  iNotGeoJson: 'not a GeoJSON FeatureCollection (no "features" array)',
  iNotShapefile: 'not a readable zipped Shapefile ({detail})',
  iNoShp: 'the zip holds no .shp layer',
  iUnknownType: 'unknown file type (use .csv, .tsv, .xlsx, .geojson or a zipped Shapefile .zip)',
  iUnreadable: 'could not be read ({detail})',
  iWorkerFailed: 'the import worker failed ({detail})',
} as const;

export type ImportErrorKey = keyof typeof IMPORT_EN;
export type ImportErrorVars = Readonly<Record<string, string | number>>;
