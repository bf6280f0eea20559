import type { IndicatorInfo } from '../../domain/dataset-types';
import type { MessageKey } from '../../i18n/messages';
import { useData, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';
import { Legend } from './Legend';

const GROUPS: readonly [IndicatorInfo['group'], MessageKey][] = [
  ['population', 'groupPopulation'],
  ['land', 'groupLand'],
  ['industry', 'groupIndustry'],
  ['facilities', 'groupFacilities'],
  ['commodity', 'groupCommodity'],
  ['user', 'groupUser'],
];

export function IndicatorPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const indicatorId = useView((s) => s.indicatorId);
  const setIndicator = useView((s) => s.setIndicator);
  const indicators = useData((s) => s.catalog?.indicators);
  return (
    <section className="panel" aria-labelledby="indicator-heading">
      <h2 id="indicator-heading">{t('indicator')}</h2>
      <select
        data-testid="indicator-select"
        aria-labelledby="indicator-heading"
        value={indicatorId}
        disabled={!indicators}
        onChange={(e) => setIndicator(e.target.value)}
      >
        {GROUPS.filter(([group]) => indicators?.some((i) => i.group === group)).map(([group, key]) => (
          <optgroup key={group} label={t(key)}>
            {(indicators ?? [])
              .filter((i) => i.group === group)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label[lang]} ({i.coverage.regions}/{i.coverage.total})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <Legend />
    </section>
  );
}
