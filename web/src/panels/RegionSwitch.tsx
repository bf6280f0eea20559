import { isRegionViewId, REGION_VIEWS, viewBounds, viewById } from '../domain/region-views';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';

export function RegionSwitch() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const provinces = useDataStore((s) => s.catalog?.provinces ?? null);
  return (
    <label className="field inline">
      <span>{t('regionView')}</span>
      <select
        data-testid="region-switch"
        value={view}
        onChange={(e) => {
          const v = e.target.value;
          if (isRegionViewId(v)) setView(v, viewBounds(viewById(v), provinces ?? []));
        }}
      >
        {REGION_VIEWS.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
