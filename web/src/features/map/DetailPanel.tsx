import { findPoint } from '../../domain/points-in-region';
import { useData, useView } from '../../store/hooks';

import { useRegionList } from '../../store/selectors';
import { useT } from '../../ui/use-t';
import { PointDetail } from './PointDetail';
import { RegionProfile } from './RegionProfile';

export function DetailPanel() {
  const t = useT();
  const selection = useView((s) => s.selection);
  const select = useView((s) => s.select);
  const regions = useRegionList();
  const points = useData((s) => s.points);
  if (!selection) return null;
  const region = selection.kind === 'region' ? regions.find((r) => r.kemendagri_code === selection.code) : undefined;
  const point = selection.kind === 'point' && points ? findPoint(points, selection.layer, selection.id) : undefined;
  if (!region && !point) return null;
  return (
    <aside className="detail" aria-label={region ? t('profileTitle') : t('pointDetail')}>
      <button type="button" className="close" onClick={() => select(null)} aria-label={t('clearSelection')}>
        ×
      </button>
      {region && <RegionProfile region={region} />}
      {point && <PointDetail point={point} />}
    </aside>
  );
}
