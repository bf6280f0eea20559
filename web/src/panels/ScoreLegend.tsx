import { formatNumber } from '../domain/format';
import { rgbCss } from '../domain/palette';
import { EXCLUDED_RGB, type ScoreFill } from '../domain/scoring/score-fill';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useScoringStore } from '../store/scoring-store';

export function ScoreLegend({ fill }: { fill: ScoreFill }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const result = useScoringStore((s) => s.result);
  if (!result) return null;
  const b = fill.breaks;
  return (
    <div className="legend score-legend" data-testid="score-legend">
      <h3>{t('scoreLegend', { name: result.scenario.name })}</h3>
      <p className="small muted">{result.scenario.method === 'wlc' ? t('methodWlc') : t('methodTopsis')}</p>
      <ul className="legend-classes">
        {fill.colours.map((c, i) => (
          <li key={rgbCss(c)}>
            <span className="swatch" style={{ background: rgbCss(c) }} />
            <span>
              {formatNumber(b.lower[i] as number, lang)}
              {!b.exact && ` – ${formatNumber(b.upper[i] as number, lang)}`}
            </span>
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: rgbCss(EXCLUDED_RGB) }} />
          <span>{t('excludedSwatch')}</span>
        </li>
      </ul>
      {fill.topCodes.length > 0 && <p className="small">{t('topOutlined', { n: fill.topCodes.length })}</p>}
    </div>
  );
}
