import { useT } from '../i18n/use-t';
import { useDataStore } from '../store/data-store';

export function ErrorBanner() {
  const t = useT();
  const errors = useDataStore((s) => s.errors);
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" role="alert" data-testid="data-errors">
      <strong>{t('dataError')}:</strong>
      <ul>
        {errors.map((e) => (
          <li key={e.file}>
            <code>{e.file}</code> — {e.detail}
          </li>
        ))}
      </ul>
      <span>{t('dataErrorRest')}</span>
    </div>
  );
}
