import { useMemo, useState } from 'react';
import { editKey } from '../../domain/curation/edits';
import { pastedColumn } from '../../domain/curation/entry';
import { isEditSource } from '../../domain/curation/merge-edits';
import { formatNumber } from '../../domain/format';
import type { NumberStyle } from '../../domain/import/parse-number';
import { viewById } from '../../domain/region-views';
import { type Draft, entriesToEdits } from '../../store/grid-entry';
import { useActions, useCuration, useData, useView } from '../../store/hooks';
import { useRegionList } from '../../store/selectors';
import { SourceText } from '../../ui/SourceText';
import { useT } from '../../ui/use-t';
import { EditLog } from './EditLog';
import { EditsFileButtons } from './EditsFileButtons';
import { NewIndicatorForm } from './NewIndicatorForm';

/** Type or paste values for the kab/kota in view, with the source stated; every edit is undoable. */
export function DataGrid() {
  const t = useT();
  const curation = useActions('curation');
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const indicatorId = useView((s) => s.indicatorId);
  const setIndicator = useView((s) => s.setIndicator);
  const catalog = useData((s) => s.catalog);
  const observations = useData((s) => s.observations);
  const edits = useCuration((s) => s.edits);
  const created = useCuration((s) => s.created);
  const canUndo = useCuration((s) => s.past.length > 0);
  const canRedo = useCuration((s) => s.future.length > 0);
  const regions = useRegionList();
  const [source, setSource] = useState('');
  const [year, setYear] = useState('');
  const [style, setStyle] = useState<NumberStyle>(lang === 'id' ? 'id' : 'en');
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const ind = catalog?.indicators.find((i) => i.id === indicatorId);
  const province = viewById(view).provinceCode;
  const rows = useMemo(
    () =>
      regions
        .filter((r) => province === null || r.kemendagri_prov_code === province)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [regions, province],
  );
  if (!ind || !observations) return null;
  const headline = observations.headline(ind.id);
  const def = created.find((d) => d.id === ind.id);
  const ctx = {
    indicator: ind.id,
    units: [ind.unit.id, ind.unit.en],
    allowNegative: def?.allow_negative ?? false,
    style,
    source,
    year,
    headline,
    now: new Date().toISOString(),
    existing: (code: string) => edits[editKey(ind.id, code)],
  };

  /** Applies typed cells: valid ones as one undoable step, the rest stay as drafts with a reason. */
  const apply = (cells: { code: string; text: string; confirmed?: boolean }[]) => {
    const byCode = new Map(rows.map((r) => [r.kemendagri_code, r]));
    const input = cells.flatMap((c) => {
      const region = byCode.get(c.code);
      return region ? [{ region, text: c.text, confirmed: c.confirmed }] : [];
    });
    const out = entriesToEdits(input, ctx);
    if (out.edits.length > 0) curation.set(out.edits);
    setDrafts((d) => {
      const next = new Map(d);
      for (const c of cells) next.delete(c.code);
      for (const [code, dr] of out.drafts) next.set(code, dr);
      return next;
    });
    setTexts((m) => {
      const next = new Map(m);
      for (const c of cells) if (!out.drafts.has(c.code)) next.delete(c.code);
      return next;
    });
  };
  const problemText = (d: Draft) => {
    const p = d.problem;
    if (p.kind === 'not_a_number') return t('entryNotNumber');
    if (p.kind === 'unit') return t('entryUnit', { typed: p.typed, unit: p.expected || '—' });
    if (p.kind === 'negative') return t('entryNegative');
    if (p.kind === 'need_source') return t('entryNeedSource');
    return t('entryOutlier', { factor: formatNumber(p.factor, lang), median: formatNumber(p.median, lang) });
  };

  return (
    <section className="data-grid" aria-labelledby="grid-heading" data-testid="data-grid">
      <div className="preview-head">
        <h2 id="grid-heading">{t('gridTitle')}</h2>
        <span className="meta">{t('gridHint')}</span>
      </div>
      <div className="preview-grid">
        <label>
          {t('indicator')}
          <select value={ind.id} onChange={(e) => setIndicator(e.target.value)} data-testid="grid-indicator">
            {catalog?.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <NewIndicatorForm />
        <label className="wide">
          {t('gridSource')}
          <input
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder={t('gridSourceHint')}
            data-testid="grid-source"
          />
        </label>
        <label>
          {t('importYear')}
          <input value={year} size={8} onChange={(e) => setYear(e.target.value)} data-testid="grid-year" />
        </label>
        <label>
          {t('numberStyle')}
          <select value={style} onChange={(e) => setStyle(e.target.value as NumberStyle)}>
            <option value="id">{t('style_id')}</option>
            <option value="en">{t('style_en')}</option>
          </select>
        </label>
      </div>
      <div className="preview-actions grid-actions">
        <button type="button" disabled={!canUndo} onClick={curation.undo} data-testid="grid-undo">
          {t('undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={curation.redo} data-testid="grid-redo">
          {t('redo')}
        </button>
        <button
          type="button"
          disabled={Object.keys(edits).length === 0}
          onClick={curation.revertAll}
          data-testid="grid-revert-all"
        >
          {t('revertAll', { n: Object.keys(edits).length })}
        </button>
        <EditsFileButtons />
      </div>
      <div className="match-scroll grid-scroll">
        <table className="match-table grid-table">
          <thead>
            <tr>
              <th>{t('rowRegion')}</th>
              <th>BPS</th>
              <th>Kemendagri</th>
              <th>
                {t('gridCurrent')} ({ind.unit[lang] || '—'})
              </th>
              <th>
                {t('gridNew')} ({ind.unit[lang] || '—'})
              </th>
              <th>{t('rowStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const o = headline.get(r.kemendagri_code);
              const e = edits[editKey(ind.id, r.kemendagri_code)];
              const d = drafts.get(r.kemendagri_code);
              const text = texts.get(r.kemendagri_code) ?? '';
              return (
                <tr
                  key={r.kemendagri_code}
                  data-code={r.kemendagri_code}
                  className={e ? 'edited' : d ? 'match-unmatched' : ''}
                >
                  <td>{r.name}</td>
                  <td>{r.bps_code}</td>
                  <td>{r.kemendagri_code}</td>
                  <td>
                    {o ? (
                      <>
                        <strong>{formatNumber(o.value, lang)}</strong>{' '}
                        {isEditSource(o.source_id) && <span className="user-badge">{t('typedBadge')}</span>}
                        <div className="meta">
                          {o.year || t('yearNotStated')} · <SourceText id={o.source_id} />
                        </div>
                      </>
                    ) : (
                      <span className="muted">{t('noData')}</span>
                    )}
                  </td>
                  <td>
                    <input
                      className="grid-input"
                      value={text}
                      inputMode="decimal"
                      aria-label={`${t('gridNew')}: ${r.name}`}
                      data-testid={`grid-cell-${r.kemendagri_code}`}
                      onChange={(ev) => {
                        const v = ev.target.value;
                        setTexts((m) => new Map(m).set(r.kemendagri_code, v));
                      }}
                      onBlur={() => text.trim() !== '' && apply([{ code: r.kemendagri_code, text }])}
                      onKeyDown={(ev) => {
                        // Enter moves down like a spreadsheet; leaving the cell applies it (once).
                        if (ev.key === 'Enter') {
                          (
                            document.querySelector(
                              `[data-testid="grid-cell-${rows[i + 1]?.kemendagri_code}"]`,
                            ) as HTMLInputElement | null
                          )?.focus();
                        }
                      }}
                      onPaste={(ev) => {
                        const lines = pastedColumn(ev.clipboardData.getData('text/plain'));
                        if (lines.length < 2) return;
                        ev.preventDefault();
                        const cells = lines.flatMap((text, j) => {
                          const row = rows[i + j];
                          return row && text.trim() !== '' ? [{ code: row.kemendagri_code, text }] : [];
                        });
                        setTexts((m) => {
                          const next = new Map(m);
                          for (const c of cells) next.set(c.code, c.text);
                          return next;
                        });
                        apply(cells);
                      }}
                    />
                    {d && (
                      <div className="warn small" role="alert" data-testid={`grid-problem-${r.kemendagri_code}`}>
                        {problemText(d)}{' '}
                        {d.problem.kind === 'outlier' && (
                          <button
                            type="button"
                            className="link"
                            onClick={() => apply([{ code: r.kemendagri_code, text: d.text, confirmed: true }])}
                          >
                            {t('useAnyway')}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                  <td>
                    {e && (
                      <>
                        <span className="user-badge">{t('typedBadge')}</span>{' '}
                        <span className="meta">
                          {t('editProvenance', {
                            source: e.source,
                            date: e.entered_at.slice(0, 10),
                            replaced: e.replaced ? formatNumber(e.replaced.value, lang) : t('noData'),
                          })}
                        </span>{' '}
                        <button
                          type="button"
                          className="link"
                          onClick={() => curation.revert([editKey(ind.id, r.kemendagri_code)])}
                        >
                          {t('revertOne')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <EditLog />
    </section>
  );
}
