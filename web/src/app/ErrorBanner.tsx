import { useData } from '../store/hooks';

import { useT } from '../ui/use-t';

export function ErrorBanner() {
  const t = useT();
  const errors = useData((s) => s.errors);
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
