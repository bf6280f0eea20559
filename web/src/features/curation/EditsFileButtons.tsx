import { useState } from 'react';
import { editsToCsv, parseEditsCsv } from '../../domain/curation/edits-file';

import { useAtlas, useCuration } from '../../store/hooks';
import { downloadText } from '../../ui/download';
import { FileButton } from '../../ui/FileButton';
import { useT } from '../../ui/use-t';

/** The edits as a small CSV another planner can apply, and applying one (all or nothing). */
export function EditsFileButtons() {
  const atlas = useAtlas();
  const t = useT();
  const [errors, setErrors] = useState<string[] | null>(null);
  const edits = useCuration((s) => s.edits);
  const unreadable = useCuration((s) => s.unreadable);
  const regionsOf = () =>
    new Map(atlas.data.getState().regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]));
  const exportCsv = () => {
    const s = atlas.curation.getState();
    const now = new Date().toISOString();
    downloadText(
      `sentra-atlas-edits-${now.slice(0, 10)}.csv`,
      editsToCsv(Object.values(s.edits), s.created, regionsOf(), now),
      'text/csv;charset=utf-8',
    );
  };
  const importCsv = async (file: File) => {
    const known = new Set(atlas.data.getState().catalog?.indicators.map((i) => i.id));
    const parsed = parseEditsCsv(await file.text(), known, regionsOf());
    if (parsed.errors.length > 0) {
      setErrors([t('editsFileRefused', { file: file.name }), ...parsed.errors.slice(0, 10)]);
      return;
    }
    setErrors(null);
    atlas.curation.getState().addIndicators(parsed.created);
    atlas.curation.getState().set(parsed.edits, 'import');
  };
  return (
    <>
      <button type="button" disabled={Object.keys(edits).length === 0} onClick={exportCsv} data-testid="edits-export">
        {t('editsExport')}
      </button>
      <FileButton
        label={t('editsImport')}
        testId="edits-import"
        accept=".csv,text/csv"
        onFile={(f) => void importCsv(f)}
      />
      {unreadable > 0 && (
        <p className="warn small" data-testid="edits-unreadable">
          {t('editsUnreadable', { n: unreadable })}
        </p>
      )}
      {errors && (
        <div className="panel-error" role="alert" data-testid="edits-import-error">
          {errors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </div>
      )}
    </>
  );
}
