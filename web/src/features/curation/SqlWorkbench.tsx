import { useState } from 'react';
import type { ExportTable } from '../../domain/export/export-table';
import { useAtlas, useScoring } from '../../store/hooks';
import type { WorkbenchOutcome } from '../../store/scoring-slice';

import { loadHistory, pushHistory } from '../../store/sql-history';
import { useT } from '../../ui/use-t';
import { ExportButtons } from '../export/ExportButtons';

const SHOWN = 500;
const EXAMPLE = `SELECT r.name, r.kemendagri_code, r.bps_code, o.value AS pop_2024, o.year, o.source_id
FROM regions r JOIN observations o USING (kemendagri_code)
WHERE o.indicator = 'pop_2024' AND o.headline AND r.kemendagri_prov_code = '72'
ORDER BY o.value DESC;`;

const show = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : v instanceof Date
      ? v.toISOString()
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/** SQL against the app's DuckDB tables (read freely; write only to your own tables). */
export function SqlWorkbench() {
  const t = useT();
  const engine = useScoring((s) => s.engine);
  const storage = useAtlas().storage;
  const runner = useScoring((s) => s.runner);
  const [sql, setSql] = useState(() => loadHistory(storage)[0] ?? EXAMPLE);
  const [history, setHistory] = useState(() => loadHistory(storage));
  const [outcome, setOutcome] = useState<WorkbenchOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    setHistory(pushHistory(storage, sql));
    setOutcome(runner ? await runner.runSql(sql) : { ok: false, kind: 'not_ready', detail: '', statement: 0, line: 0 });
    setRunning(false);
  };
  const result = outcome?.ok ? outcome.result : null;
  const exportTable = (): ExportTable => ({
    columns: result?.columns ?? [],
    rows: (result?.rows ?? []).map((r) => (result?.columns ?? []).map((c) => r[c])),
    meta: [
      ['query', sql],
      ['produced by', 'Sentra Atlas SQL workbench'],
      ['sources', 'observations.source_id refers to catalog.json sources; user: ids are the user’s own imports'],
    ],
  });
  return (
    <section className="workbench" aria-labelledby="workbench-heading" data-testid="workbench">
      <div className="preview-head">
        <h2 id="workbench-heading">{t('sqlWorkbench')}</h2>
        <span className="meta">{t('sqlTables')}</span>
      </div>
      <textarea
        value={sql}
        onChange={(e) => setSql(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
        }}
        rows={5}
        spellCheck={false}
        aria-label={t('sqlWorkbench')}
        data-testid="sql-input"
      />
      <div className="preview-actions">
        <button
          type="button"
          className="primary"
          disabled={engine !== 'ready' || running}
          onClick={() => void run()}
          data-testid="sql-run"
        >
          {t('sqlRun')}
        </button>
        {engine !== 'ready' && <span className="meta">{t('sqlWaiting')}</span>}
        {history.length > 1 && (
          <select value="" onChange={(e) => e.target.value && setSql(e.target.value)} aria-label={t('sqlHistory')}>
            <option value="">{t('sqlHistory')}</option>
            {history.map((q) => (
              <option key={q} value={q}>
                {q.replace(/\s+/g, ' ').slice(0, 90)}
              </option>
            ))}
          </select>
        )}
        {result && result.columns.length > 0 && (
          <ExportButtons table={exportTable} baseName={t('queryFile')} testId="sql-export" />
        )}
      </div>
      {outcome && !outcome.ok && (
        <div className="panel-error" role="alert" data-testid="sql-error">
          {outcome.kind === 'protected' &&
            t('sqlProtected', { table: outcome.detail, n: outcome.statement, line: outcome.line })}
          {outcome.kind === 'not_allowed' &&
            t('sqlNotAllowed', { what: outcome.detail, n: outcome.statement, line: outcome.line })}
          {outcome.kind === 'not_ready' && t('sqlWaiting')}
          {outcome.kind === 'restored' && t('sqlRestored', { table: outcome.detail })}
          {outcome.kind === 'sql' && (
            <>
              {t('sqlFailedAt', { n: outcome.statement, line: outcome.line })}
              <pre>{outcome.detail}</pre>
            </>
          )}
        </div>
      )}
      {result && (
        <>
          <p className="meta" data-testid="sql-summary">
            {t('sqlRows', {
              n: result.rows.length,
              shown: Math.min(SHOWN, result.rows.length),
              ms: result.ms.toFixed(0),
            })}
          </p>
          {result.columns.length > 0 && (
            <div className="match-scroll">
              <table className="match-table" data-testid="sql-result">
                <thead>
                  <tr>
                    {result.columns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.rows.slice(0, SHOWN).map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: result rows have no identity
                    <tr key={i}>
                      {result.columns.map((c) => (
                        <td key={c}>{show(r[c])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
