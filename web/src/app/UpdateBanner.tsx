import { applyUpdate, usePwaStore } from '../pwa/register-sw';
import { useT } from '../ui/use-t';

/** "A new version is available" with a reload button (nothing reloads without the user). */
export function UpdateBanner() {
  const t = useT();
  const ready = usePwaStore((s) => s.updateReady);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      {t('updateReady')}{' '}
      <button type="button" className="primary" onClick={applyUpdate}>
        {t('reloadNow')}
      </button>
    </div>
  );
}
