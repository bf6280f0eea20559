import { useState } from 'react';
import { useAtlas, useView } from '../../store/hooks';

import { downloadBlob } from '../../ui/download';
import { useT } from '../../ui/use-t';
import { currentSummary, visiblePoints } from './export-summary';
import { EXPORT_SIZES, exportMapPng } from './map-export';

/** Map export (PNG at a chosen size) and the one-click FGD report (PDF). */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const [size, setSize] = useState(1);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (what: 'png' | 'pdf') => {
    setBusy(what);
    setError(null);
    try {
      if (what === 'png') {
        const [w, h] = EXPORT_SIZES[size] ?? [1920, 1080];
        const blob = await exportMapPng(atlas.view.getState().map, {
          width: w,
          height: h,
          summary: currentSummary(atlas, title),
          ...visiblePoints(atlas),
          northLabel: lang === 'id' ? 'U' : 'N',
        });
        downloadBlob(`sentra-atlas-${lang === 'id' ? 'peta' : 'map'}-${w}x${h}.png`, blob);
      } else {
        const { buildReportPdf } = await import('./report-build');
        const blob = await buildReportPdf(atlas, title);
        downloadBlob(`sentra-atlas-${lang === 'id' ? 'laporan' : 'report'}-${lang}.pdf`, blob); // named in the UI language
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div
      className="export-dialog panel"
      role="dialog"
      aria-labelledby="export-heading"
      data-testid="export-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="export-heading">{t('exportTitle')}</h2>
      <label>
        {t('exportMapTitle')}
        <input
          value={title}
          placeholder={currentSummary(atlas).title}
          onChange={(e) => setTitle(e.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the dialog opens on request; its first field takes the focus
          autoFocus
          data-testid="export-title"
        />
      </label>
      <label>
        {t('exportSize')}
        <select value={size} onChange={(e) => setSize(Number(e.target.value))} data-testid="export-size">
          {EXPORT_SIZES.map(([w, h], i) => (
            <option key={w} value={i}>
              {w} × {h}
            </option>
          ))}
        </select>
      </label>
      <div className="preview-actions">
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => void run('png')}
          data-testid="export-png"
        >
          {busy === 'png' ? t('exporting') : t('exportPng')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => void run('pdf')}
          data-testid="export-pdf"
        >
          {busy === 'pdf' ? t('exporting') : t('exportPdf')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="note">{t('exportNote')}</p>
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
