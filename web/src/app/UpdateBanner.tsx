import { applyUpdate } from '../effects/service-worker';
import { useAtlas, useView } from '../store/hooks';
import { useT } from '../ui/use-t';

/** "A new version is available" with a reload button (nothing reloads without the user). */
export function UpdateBanner() {
  const t = useT();
  const atlas = useAtlas();
  const ready = useView((s) => s.waitingWorker !== null);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      {t('updateReady')}{' '}
      <button type="button" className="primary" onClick={() => applyUpdate(atlas)}>
        {t('reloadNow')}
      </button>
    </div>
  );
}
