import './method-picker.css';
import { OWA_ALPHA_STOPS, OWA_DEFAULT_ALPHA } from '../../domain/scoring/method-tag';
import { METHODS } from '../../domain/scoring/scenario';
import { METHOD_LABEL } from '../../i18n/method-label';
import { useAtlas, useScoring } from '../../store/hooks';
import { useT } from '../../ui/use-t';

/** The scoring method and, for OWA, its risk attitude α on a stepped slider (docs/scoring.md, "Methods"). */
export function MethodPicker() {
  const atlas = useAtlas();
  const t = useT();
  const scenario = useScoring((s) => s.scenario);
  const { setMethod, setOwaAlpha } = atlas.scoring.getState();
  // WPM and OWA take values in [0, 1]; z-scores can be negative (the validator says the same).
  const hasZ = scenario.criteria.some((c) => c.normalisation.kind === 'zscore');
  const alpha = scenario.owa_alpha ?? OWA_DEFAULT_ALPHA;
  const stop = nearestStop(alpha);
  return (
    <>
      <label className="field">
        <span>{t('method')}</span>
        <select
          value={scenario.method}
          data-testid="method"
          onChange={(e) => {
            const m = METHODS.find((x) => x === e.target.value);
            if (m) setMethod(m);
          }}
        >
          {METHODS.map((m) => (
            <option key={m} value={m} disabled={hasZ && (m === 'wpm' || m === 'owa')}>
              {t(METHOD_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      {hasZ && <p className="small muted">{t('methodNeedsNoZscore')}</p>}
      {scenario.method === 'owa' && (
        <div className="field owa-alpha">
          <label htmlFor="owa-alpha">{t('owaAlpha', { alpha: String(alpha) })}</label>
          <input
            id="owa-alpha"
            type="range"
            min={0}
            max={OWA_ALPHA_STOPS.length - 1}
            step={1}
            value={stop}
            data-testid="owa-alpha"
            aria-valuetext={`α = ${alpha}`}
            onChange={(e) => setOwaAlpha(OWA_ALPHA_STOPS[Number(e.target.value)] ?? 1)}
          />
          <div className="owa-ends small muted">
            <span>{t('owaAny')}</span>
            <span>{t('owaAll')}</span>
          </div>
          <p className="small muted">{t('owaAlphaHint')}</p>
        </div>
      )}
    </>
  );
}

/** The slider position of α; an α from a scenario file between stops shows at the nearest one. */
function nearestStop(alpha: number): number {
  let best = 0;
  OWA_ALPHA_STOPS.forEach((a, i) => {
    if (Math.abs(Math.log(a) - Math.log(alpha)) < Math.abs(Math.log(OWA_ALPHA_STOPS[best] as number) - Math.log(alpha)))
      best = i;
  });
  return best;
}
