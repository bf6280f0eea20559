import { isRegionViewId, REGION_VIEWS, viewBounds, viewById } from '../../domain/region-views';
import { useData, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

export function RegionSwitch() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const setView = useView((s) => s.setView);
  const provinces = useData((s) => s.catalog?.provinces ?? null);
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
