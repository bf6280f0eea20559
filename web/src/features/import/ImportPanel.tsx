import { MAX_IMPORT_BYTES } from '../../domain/import/read-file';
import { useAtlas, useImportSession, useUserData } from '../../store/hooks';
import { FileButton } from '../../ui/FileButton';
import { useT } from '../../ui/use-t';
import { ImportList } from './ImportList';
import { openImportFile } from './import-session';

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.geojson,.json,.zip';

/** The "Your data" sidebar: where a file comes in, what happened to it, and what is stored. */
export function ImportPanel() {
  const atlas = useAtlas();
  const t = useT();
  const progress = useImportSession((s) => s.progress);
  const error = useImportSession((s) => s.error);
  const done = useImportSession((s) => s.done);
  const storageError = useUserData((s) => s.storageError);
  const unreadable = useUserData((s) => s.unreadable);
  const syncError = useUserData((s) => s.syncError);
  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importTitle')}</h2>
      <p className="note" data-testid="import-privacy">
        {t('importPrivacy')}
      </p>
      <div className="drop-zone">
        <span>{t('importDrop')}</span>{' '}
        <FileButton
          label={t('importPick')}
          testId="import-file"
          accept={IMPORT_ACCEPT}
          onFile={(f) => void openImportFile(atlas, f)}
        />
        <p className="note">{t('importFormats', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
      </div>
      {progress && (
        <p className="note" role="status" data-testid="import-progress">
          {progress.parsing
            ? t('importParsing', { file: progress.fileName })
            : t('importReading', {
                file: progress.fileName,
                pct: Math.round((100 * progress.loaded) / Math.max(1, progress.total)),
              })}
        </p>
      )}
      {error && (
        <p className="panel-error" role="alert" data-testid="import-error">
          {t('dataImportFailed', { message: error })}
        </p>
      )}
      {done && (
        <div className="import-done" role="status" data-testid="import-done">
          <p>{t('importDone', { file: done.fileName, values: done.values, indicators: done.indicators })}</p>
          {done.unlocated > 0 && <p className="warn">{t('importUnlocated', { n: done.unlocated })}</p>}
          {done.problems.length > 0 && (
            <div className="warn">
              {t('importProblems', { n: done.problems.length })}
              <ul>
                {done.problems.slice(0, 10).map((p) => (
                  <li key={`${p.line}-${p.column}`}>
                    {t('importProblemCell', { line: p.line, column: p.column, text: p.text })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {storageError && <p className="warn">{t('storageError', { message: storageError })}</p>}
      {unreadable > 0 && (
        <p className="warn" data-testid="imports-unreadable">
          {t('importsUnreadable', { n: unreadable })}
        </p>
      )}
      {syncError && <p className="warn">{t('syncError', { message: syncError })}</p>}
      <ImportList />
    </section>
  );
}
