import { formatNumber } from '../../domain/format';
import { PRESETS, presetCriteria, presetUsable, REGULATORY_CONSTRAINTS } from '../../domain/scoring/presets';
import { useAtlas, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

/** Published weight sets with their citations; applying one replaces the criteria. */
export function PresetsPanel() {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  return (
    <details className="presets" data-testid="presets">
      <summary>{t('presetsTitle')}</summary>
      <p className="small muted">{t('presetsIntro')}</p>
      <ul className="preset-list">
        {PRESETS.map((p) => (
          <li key={p.id} data-testid={`preset-${p.id}`}>
            <div className="small">
              <strong>{p.area[lang]}</strong> — {p.citation}
            </div>
            <ul className="small">
              {p.factors.map((f) => (
                <li key={f.name.en} className={f.criterion ? '' : 'muted'}>
                  {f.name[lang]} {formatNumber(f.weight, lang)} % —{' '}
                  {f.criterion ? f.proxyNote?.[lang] : t('presetNoData')}
                </li>
              ))}
            </ul>
            {presetUsable(p) ? (
              <button
                type="button"
                data-testid={`apply-${p.id}`}
                onClick={() => {
                  const s = atlas.scoring.getState().scenario;
                  atlas.scoring
                    .getState()
                    .setScenario({ ...s, name: `${p.area[lang]} — ${p.citation}`, criteria: presetCriteria(p) });
                }}
              >
                {t('presetApply')}
              </button>
            ) : (
              <p className="small muted">{t('presetUnusable')}</p>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('regulatory')}</h4>
      <ul className="small muted">
        {REGULATORY_CONSTRAINTS.map((r) => (
          <li key={r.en}>{r[lang]}</li>
        ))}
      </ul>
    </details>
  );
}
