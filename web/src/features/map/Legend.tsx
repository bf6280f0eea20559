import { formatYears } from '../../domain/format';
import { NO_DATA_RGB, rgbCss } from '../../domain/palette';
import { viewById } from '../../domain/region-views';
import { classLabels } from '../../domain/report/class-labels';
import { useView } from '../../store/hooks';

import { useChoropleth, useIndicator } from '../../store/selectors';
import { LegendItem } from '../../ui/LegendItem';
import { SourceText } from '../../ui/SourceText';
import { useT } from '../../ui/use-t';

export function Legend() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const indicator = useIndicator();
  const c = useChoropleth();
  if (!indicator || !c) return <p className="muted">{t('loadingData')}</p>;
  const unit = indicator.unit[lang];
  const labels = classLabels(c.breaks, lang);
  return (
    <div className="legend" data-testid="legend">
      <h3>
        {indicator.label[lang]} <span className="unit">({unit})</span>
      </h3>
      <ul className="legend-classes">
        {c.colours.map((col, i) => (
          <LegendItem key={rgbCss(col)} colour={col} label={labels[i] ?? ''} count={c.counts[i] ?? 0} />
        ))}
        <LegendItem
          testId="legend-no-data"
          colour={NO_DATA_RGB}
          label={t('noData')}
          count={c.counts[c.counts.length - 1] ?? 0}
          noData
        />
      </ul>
      <dl className="legend-meta">
        <dt>{t('coverage')}</dt>
        <dd data-testid="legend-coverage">
          {t('coverageInView', { n: c.withValue, total: c.inView })} ({viewById(view).label[lang]})
        </dd>
        <dt>{t('years')}</dt>
        <dd data-testid="legend-years">{formatYears(c.years, t('yearNotStated')) || '—'}</dd>
        <dt>{c.sourceIds.length > 1 ? t('sources') : t('source')}</dt>
        <dd className="legend-sources">
          {c.sourceIds.length === 0 && '—'}
          {c.sourceIds.map((id) => (
            <SourceText key={id} id={id} />
          ))}
        </dd>
        {indicator.caveat && (
          <>
            <dt>{t('caveat')}</dt>
            <dd>{indicator.caveat[lang]}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
