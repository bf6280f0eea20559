import { type ExportTable, toCsv, toGeoJson, toXlsx } from '../../domain/export/export-table';
import { useData } from '../../store/hooks';

import { downloadBlob, downloadText } from '../../ui/download';
import { useT } from '../../ui/use-t';

/** CSV, XLSX and GeoJSON downloads of one table, each carrying its metadata. */
export function ExportButtons({
  table,
  baseName,
  testId,
}: {
  table: () => ExportTable;
  baseName: string;
  testId: string;
}) {
  const t = useT();
  const regions = useData((s) => s.regions);
  const geometryOf = (code: string) =>
    regions?.features.find((f) => f.properties.kemendagri_code === code)?.geometry ?? null;
  return (
    <span className="export-buttons" data-testid={testId}>
      <span className="meta">{t('exportAs')}</span>
      <button
        type="button"
        data-format="csv"
        onClick={() => downloadText(`${baseName}.csv`, toCsv(table()), 'text/csv;charset=utf-8')}
      >
        CSV
      </button>
      <button
        type="button"
        data-format="xlsx"
        onClick={() => void toXlsx(table()).then((b) => downloadBlob(`${baseName}.xlsx`, b))}
      >
        XLSX
      </button>
      <button
        type="button"
        data-format="geojson"
        title={t('geojsonNeedsCode')}
        onClick={() =>
          downloadText(`${baseName}.geojson`, JSON.stringify(toGeoJson(table(), geometryOf)), 'application/geo+json')
        }
      >
        GeoJSON
      </button>
    </span>
  );
}
