import { useMemo } from 'react';
import type { RowMatch } from '../../domain/import/region-matcher';
import { REGION_VIEWS } from '../../domain/region-views';
import { useAtlas, useData, useImportSession } from '../../store/hooks';
import type { Staged } from '../../store/import-slice';
import { useT } from '../../ui/use-t';
import { ColumnPreview } from './ColumnPreview';
import { ImportColumns } from './ImportColumns';
import {
  cancelImport,
  commitImport,
  restage,
  scopeRegions,
  stagedBlockers,
  stagedReport,
  updateStaged,
  useStagedMatcher,
} from './import-session';

const MAX_ROWS = 400;

/** The staged file: how it was read, how its rows match kab/kota, and what becomes an indicator. */
export function ImportPreview() {
  const atlas = useAtlas();
  const t = useT();
  const staged = useImportSession((s) => s.staged);
  const matcher = useStagedMatcher();
  // Matching reads every row: recomputed only when what it depends on changes (not on typing a source).
  const read = staged?.read;
  const regionColumn = staged?.regionColumn;
  const system = staged?.system;
  const fixes = staged?.fixes;
  // biome-ignore lint/correctness/useExhaustiveDependencies: staged's other fields do not affect the match
  const report = useMemo(
    () => (staged && matcher ? stagedReport(staged, matcher) : null),
    [read, regionColumn, system, fixes, matcher],
  );
  if (!staged) return null;
  const s = staged;
  const blockers = stagedBlockers(s, report);
  const nOn = Object.values(s.columns).filter((c) => c.on).length + (s.mode === 'points' ? 1 : 0);
  return (
    <section className="import-preview" aria-labelledby="preview-heading" data-testid="import-preview">
      <div className="preview-head">
        <h2 id="preview-heading">{t('previewTitle', { file: s.fileName })}</h2>
        <span className="meta">
          {s.read.format.toUpperCase()} · {s.read.table.rows.length} ×{s.read.table.header.length}
        </span>
      </div>
      <div className="preview-grid">
        {s.read.sheets.length > 1 && (
          <label>
            {t('sheet')}
            <select
              value={s.read.sheet}
              onChange={(e) => void restage(atlas, { sheet: e.target.value })}
              data-testid="import-sheet"
            >
              {s.read.sheets.map((n) => (
                <option key={n}>{n}</option>
              ))}
            </select>
          </label>
        )}
        {s.read.format !== 'geojson' && s.read.format !== 'shapefile' && (
          <label>
            {t('headerRow')}
            <select
              value={s.read.table.headerLine - 1}
              onChange={(e) => void restage(atlas, { headerIndex: Number(e.target.value) })}
            >
              {Array.from({ length: Math.max(s.read.table.headerLine + 5, 10) }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: row numbers are the identity here
                <option key={i} value={i}>
                  {i + 1}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('importMode')}
          <select
            value={s.mode}
            onChange={(e) => updateStaged(atlas, { mode: e.target.value as Staged['mode'] })}
            data-testid="import-mode"
          >
            <option value="table">{t('modeTable')}</option>
            <option value="points">{t('modePoints')}</option>
          </select>
        </label>
        <label>
          {t('numberStyle')}
          <select
            value={s.style}
            onChange={(e) => updateStaged(atlas, { style: e.target.value as Staged['style'], styleCertain: true })}
          >
            <option value="id">{t('style_id')}</option>
            <option value="en">{t('style_en')}</option>
          </select>
          <span className={s.styleCertain ? 'meta' : 'warn'}>
            {t(s.styleCertain ? 'styleDetected' : 'styleAssumed')}
          </span>
        </label>
      </div>
      {s.read.table.preamble.length > 0 && (
        <p className="note">{t('preamble', { text: s.read.table.preamble.join(' · ') })}</p>
      )}
      {s.read.nonPointFeatures > 0 && <p className="note">{t('nonPointFeatures', { n: s.read.nonPointFeatures })}</p>}
      {s.read.table.ragged.length > 0 && (
        <p className="warn" data-testid="ragged-rows">
          {t('raggedRows', { lines: s.read.table.ragged.slice(0, 10).join(', '), n: s.read.table.header.length })}
        </p>
      )}
      <ColumnPreview s={s} />
      {s.mode === 'table' ? <RegionColumnChoice s={s} /> : <PointColumnChoice s={s} />}
      {s.mode === 'table' && report && report.duplicates.length > 0 && (
        <p className="warn" data-testid="repeated-rows">
          {t('repeatedRows', { n: report.duplicates.length })}
        </p>
      )}
      <ImportColumns s={s} repeated={s.mode === 'table' ? (report?.duplicates.length ?? 0) : 0} />
      <div className="preview-grid">
        <label className="wide">
          {t('importSource')}
          <input
            value={s.source}
            placeholder={t('importSourceHint')}
            onChange={(e) => updateStaged(atlas, { source: e.target.value })}
            data-testid="import-source"
          />
        </label>
        <label>
          {t('importYear')}
          <input
            value={s.year}
            size={10}
            onChange={(e) => updateStaged(atlas, { year: e.target.value })}
            data-testid="import-year"
          />
        </label>
      </div>
      {s.mode === 'table' && report && (
        <>
          <p className="match-counts" data-testid="match-counts">
            {t('matchCounts', {
              matched: report.matched,
              unmatched: report.unmatched,
              totals: report.totals,
              blank: report.blank,
            })}
          </p>
          <MatchTable s={s} matches={report.matches} duplicates={report.duplicates} />
        </>
      )}
      <div className="preview-actions">
        {blockers.map((b) => (
          <span key={b} className="warn">
            {t(b)}
          </span>
        ))}
        <button type="button" onClick={() => cancelImport(atlas)}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={blockers.length > 0}
          onClick={() => void commitImport(atlas)}
          data-testid="import-commit"
        >
          {t('addIndicators', { n: nOn })}
        </button>
      </div>
    </section>
  );
}

function RegionColumnChoice({ s }: { s: Staged }) {
  const atlas = useAtlas();
  const t = useT();
  const provinces = useData((d) => d.catalog?.provinces ?? []);
  return (
    <div className="preview-grid">
      <ColumnSelect
        label={t('regionColumn')}
        header={s.read.table.header}
        value={s.regionColumn}
        onChange={(regionColumn) => updateStaged(atlas, { regionColumn, fixes: new Map() })}
        testId="import-region-column"
      />
      <label>
        {t('codeSystem')}
        <select
          value={s.system}
          onChange={(e) => updateStaged(atlas, { system: e.target.value as Staged['system'], fixes: new Map() })}
        >
          <option value="bps">{t('system_bps')}</option>
          <option value="kemendagri">{t('system_kemendagri')}</option>
          <option value="name">{t('system_name')}</option>
        </select>
      </label>
      <label>
        {t('matchScope')}
        <select
          value={s.scope ?? ''}
          onChange={(e) =>
            updateStaged(atlas, { scope: e.target.value === '' ? null : e.target.value, fixes: new Map() })
          }
        >
          <option value="">{t('allIndonesia')}</option>
          {REGION_VIEWS.filter((v) => v.provinceCode !== null).map((v) => (
            <option key={v.id} value={v.provinceCode ?? ''}>
              {provinces.find((p) => p.kemendagri_prov_code === v.provinceCode)?.name ?? v.label.id}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function PointColumnChoice({ s }: { s: Staged }) {
  const atlas = useAtlas();
  const t = useT();
  const pick = (key: 'lonColumn' | 'latColumn' | 'labelColumn', label: string) => (
    <ColumnSelect
      label={label}
      header={s.read.table.header}
      value={s[key]}
      onChange={(v) => updateStaged(atlas, { [key]: v })}
    />
  );
  return (
    <>
      <div className="preview-grid">
        {pick('lonColumn', t('lonColumn'))}
        {pick('latColumn', t('latColumn'))}
        {pick('labelColumn', t('labelColumn'))}
      </div>
      <p className="note">{t('pointCountNote')}</p>
    </>
  );
}

function MatchTable({
  s,
  matches,
  duplicates,
}: {
  s: Staged;
  matches: readonly RowMatch[];
  duplicates: readonly number[];
}) {
  const atlas = useAtlas();
  const t = useT();
  const regions = useMemo(() => scopeRegions(atlas, s.scope), [atlas, s.scope]);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.kemendagri_code, r])), [regions]);
  const col = s.regionColumn ?? 0;
  // Unmatched rows first: they are the ones that need the user.
  const all = matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Number(b.m.status === 'unmatched') - Number(a.m.status === 'unmatched') || a.i - b.i);
  // A desa-scale file has tens of thousands of rows: the table shows the first ones (unmatched first).
  const order = all.slice(0, MAX_ROWS);
  const fix = (row: number, code: string) => {
    const fixes = new Map(s.fixes);
    if (code === '') fixes.delete(row);
    else fixes.set(row, code);
    updateStaged(atlas, { fixes });
  };
  return (
    <div className="match-scroll">
      <table className="match-table" data-testid="match-table">
        <thead>
          <tr>
            <th>{t('rowLine')}</th>
            <th>{t('rowCell')}</th>
            <th>{t('rowRegion')}</th>
            <th>{t('rowStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map(({ m, i }) => {
            const r = m.status === 'matched' ? byCode.get(m.code) : undefined;
            return (
              <tr key={i} className={`match-${m.status}`} data-row={i}>
                <td>{s.read.table.headerLine + 1 + i}</td>
                <td>{s.read.table.rows[i]?.[col]}</td>
                <td>
                  {r ? (
                    <>
                      {r.name}{' '}
                      <span className="meta">
                        BPS {r.bps_code} · Kemendagri {r.kemendagri_code}
                      </span>
                    </>
                  ) : null}
                  {(m.status === 'unmatched' || (m.status === 'matched' && m.via === 'user')) && (
                    <select
                      value={s.fixes.get(i) ?? ''}
                      onChange={(e) => fix(i, e.target.value)}
                      aria-label={`${t('chooseRegion')} ${s.read.table.rows[i]?.[col] ?? ''}`}
                      data-testid="fix-select"
                    >
                      <option value="">{t('chooseRegion')}</option>
                      {m.status === 'unmatched' &&
                        m.suggestions.map((c) => (
                          <option key={`s${c}`} value={c}>
                            {t('suggestion', { name: byCode.get(c)?.name ?? c })}
                          </option>
                        ))}
                      {regions.map((x) => (
                        <option key={x.kemendagri_code} value={x.kemendagri_code}>
                          {x.name} ({x.bps_code} / {x.kemendagri_code})
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {t(`status_${m.status}`)}
                  {m.status === 'matched' && <span className="meta"> · {t(`via_${m.via}`)}</span>}
                  {duplicates.includes(i) && <span className="warn"> · {t('duplicateRow')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {all.length > MAX_ROWS && <p className="note">{t('rowsShown', { n: MAX_ROWS, total: all.length })}</p>}
    </div>
  );
}

/** A labelled choice among the file's columns, or none. */
function ColumnSelect(props: {
  label: string;
  header: readonly string[];
  value: number | null;
  onChange: (index: number | null) => void;
  testId?: string;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
        data-testid={props.testId}
      >
        <option value="">—</option>
        {props.header.map((h, i) => (
          <option key={h} value={i}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
}
