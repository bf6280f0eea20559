import { formatNumber } from '../../domain/format';
import { rgbCss } from '../../domain/palette';
import { SHIFT_LEGEND } from '../../domain/scoring/compare';
import { EXCLUDED_RGB, type ScoreFill } from '../../domain/scoring/score-fill';
import { METHOD_LABEL } from '../../i18n/method-label';
import { useScoring, useView } from '../../store/hooks';

import { LegendItem } from '../../ui/LegendItem';
import { useT } from '../../ui/use-t';

export function ScoreLegend({ fill }: { fill: ScoreFill }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const result = useScoring((s) => s.result);
  const compare = useScoring((s) => s.compare);
  if (!result) return null;
  if (compare) {
    return (
      <div className="legend score-legend" data-testid="score-legend">
        <h3>{t('shiftLegend', { name: compare.name })}</h3>
        <ul className="legend-classes">
          {SHIFT_LEGEND.map((c) => (
            <LegendItem key={c.key} colour={c.colour} label={t(c.key)} />
          ))}
          <LegendItem colour={EXCLUDED_RGB} label={t('excludedSwatch')} />
        </ul>
      </div>
    );
  }
  const b = fill.breaks;
  return (
    <div className="legend score-legend" data-testid="score-legend">
      <h3>{t('scoreLegend', { name: result.scenario.name })}</h3>
      <p className="small muted">
        {t(METHOD_LABEL[result.scenario.method])}
        {result.scenario.method === 'owa' && ` · α = ${result.scenario.owa_alpha ?? 1}`}
      </p>
      <ul className="legend-classes">
        {fill.colours.map((c, i) => (
          <LegendItem
            key={rgbCss(c)}
            colour={c}
            label={`${formatNumber(b.lower[i] as number, lang)}${b.exact ? '' : ` – ${formatNumber(b.upper[i] as number, lang)}`}`}
          />
        ))}
        <LegendItem colour={EXCLUDED_RGB} label={t('excludedSwatch')} />
      </ul>
      {fill.topCodes.length > 0 && <p className="small">{t('topOutlined', { n: fill.topCodes.length })}</p>}
      {(fill.chosenCodes?.length ?? 0) > 0 && (
        <p className="small chosen-legend" data-testid="chosen-legend">
          {t('chosenOutlined', { n: fill.chosenCodes?.length ?? 0 })}
        </p>
      )}
    </div>
  );
}
