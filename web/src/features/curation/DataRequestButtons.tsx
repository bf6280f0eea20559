import './data-request.css';
import { useMemo, useState } from 'react';
import { editKey } from '../../domain/curation/edits';
import { buildDataRequest, type Refusal, readDataRequest } from '../../domain/scoring/data-request';
import { dataRequestCsv, dataRequestXlsx, readRequestFile } from '../../domain/scoring/data-request-file';
import type { MessageKey } from '../../i18n/messages';
import { useAtlas, useData, useView } from '../../store/hooks';
import type { ScoringResult } from '../../store/scoring-slice';
import { downloadBlob, downloadText } from '../../ui/download';
import { FileButton } from '../../ui/FileButton';
import { useT } from '../../ui/use-t';

const REFUSAL: Record<Refusal['reason']['kind'], MessageKey> = {
  unknown_code: 'reqUnknownCode',
  other_region: 'reqOtherRegion',
  bps_mismatch: 'reqBpsMismatch',
  no_source: 'reqNoSource',
  no_year: 'reqNoYear',
  not_a_number: 'reqNotNumber',
  unknown_columns: 'reqUnknownColumns',
};

/**
 * "Minta data": the ranking's missing values as a fill-in template (XLSX, CSV) in the interface
 * language, and a filled one read back as typed values with their sources (the curation path).
 */
export function DataRequestButtons({ result }: { readonly result: ScoringResult }) {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const [report, setReport] = useState<{ applied: string | null; refused: string[] } | null>(null);
  const request = useMemo(
    () =>
      buildDataRequest(result.scenario, result.rows, (id) => {
        const ind = catalog?.indicators.find((i) => i.id === id);
        return { label: ind?.label[lang] ?? id, unit: ind?.unit[lang] ?? '' };
      }),
    [result, catalog, lang],
  );
  if (!request) return null;
  const date = new Date().toISOString().slice(0, 10);
  const instructions = [
    t('reqInstrHead', { scenario: request.scenario, date }),
    t('reqInstrFill'),
    t('reqInstrKeep'),
    ...request.indicators.map((i) =>
      t('reqInstrIndicator', { ...i, n: request.rows.filter((r) => r.missing.includes(i.id)).length }),
    ),
  ];
  const base = `${t('reqFileName')}-${date}`;
  const importFile = async (file: File) => {
    const data = atlas.data.getState();
    const regions = new Map(data.regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]));
    const allowed = new Set(
      result.rows.filter((r) => r.excluded === null || r.excluded.kind === 'missing').map((r) => r.kemendagri_code),
    );
    const cur = atlas.curation.getState();
    const indicators = new Map(
      (data.catalog?.indicators ?? []).map((i) => [
        i.id,
        {
          units: [i.unit.id, i.unit.en],
          allowNegative: cur.created.find((d) => d.id === i.id)?.allow_negative ?? false,
        },
      ]),
    );
    const read = readDataRequest(await readRequestFile(file.name, await file.arrayBuffer()), {
      regions,
      allowed,
      indicators,
      current: (id, code) => {
        const prior = cur.edits[editKey(id, code)];
        if (prior) return prior.replaced;
        const o = data.observations?.headline(id).get(code);
        return o ? { value: o.value, year: o.year, source_id: o.source_id } : null;
      },
      style: lang === 'id' ? 'id' : 'en',
      now: new Date().toISOString(),
    });
    if (read.edits.length > 0) cur.set(read.edits, 'import');
    setReport({
      applied: read.edits.length > 0 ? t('requestApplied', { n: read.edits.length, file: file.name }) : null,
      refused: read.refused.map(({ line, reason }) => {
        const id = 'indicator' in reason ? reason.indicator : null;
        const ind = data.catalog?.indicators.find((i) => i.id === id);
        return t(REFUSAL[reason.kind], { line, ...reason, ...(ind ? { indicator: ind.label[lang] } : {}) });
      }),
    });
    if (read.edits.length === 0 && read.refused.length === 0)
      setReport({ applied: t('requestNothing', { file: file.name }), refused: [] });
  };
  return (
    <details className="data-request" data-testid="data-request">
      <summary>{t('requestTitle')}</summary>
      <p className="small">{t('requestHelp', { n: request.rows.length })}</p>
      <div className="button-row">
        <button
          type="button"
          data-testid="request-xlsx"
          onClick={() =>
            void dataRequestXlsx(request, instructions, { data: t('reqSheetData'), help: t('reqSheetHelp') }).then(
              (b) => downloadBlob(`${base}.xlsx`, b),
            )
          }
        >
          {t('requestXlsx')}
        </button>
        <button
          type="button"
          data-testid="request-csv"
          onClick={() => downloadText(`${base}.csv`, dataRequestCsv(request, instructions), 'text/csv;charset=utf-8')}
        >
          {t('requestCsv')}
        </button>
        <FileButton
          label={t('requestImport')}
          testId="request-import"
          accept=".csv,.xlsx,text/csv"
          onFile={(f) => void importFile(f)}
        />
      </div>
      {report?.applied && (
        <p className="small" role="status" data-testid="request-applied">
          {report.applied}
        </p>
      )}
      {report && report.refused.length > 0 && (
        <div className="panel-error" role="alert" data-testid="request-refused">
          <div>{t('requestRefusedHead', { n: report.refused.length })}</div>
          {report.refused.slice(0, 20).map((l) => (
            <div key={l}>{l}</div>
          ))}
        </div>
      )}
    </details>
  );
}
