import { useState } from 'react';
import { inViewScope } from '../../domain/scoring/scope';
import { encodeScenarioLink } from '../../domain/scoring/share-link';
import { useAtlas, useScoring, useView } from '../../store/hooks';

import {
  deleteSaved,
  loadSaved,
  type SavedScenario,
  type SaveOutcome,
  saveScenario,
} from '../../store/saved-scenarios';
import { applyScenario } from '../../store/scenario-link';

import { useT } from '../../ui/use-t';

/** Save/open/delete scenarios in this browser, and make a share link of the current one. */
export function SavedScenarios() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const atlas = useAtlas();
  const storage = atlas.storage;
  const scenario = useScoring((s) => s.scenario);
  const view = useView((s) => s.view);
  const runner = useScoring((s) => s.runner);
  const effectiveScenario = (s: typeof scenario) => inViewScope(s, view);
  const [{ saved, skipped }, setList] = useState(() => loadSaved(storage));
  const [saveError, setSaveError] = useState<'full' | 'unavailable' | null>(null);
  const setSaved = (o: SaveOutcome) => {
    setList({ saved: o.saved, skipped: o.skipped });
    setSaveError(o.ok ? null : o.reason);
  };
  const [link, setLink] = useState<string | null>(null);
  const fmt = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="saved">
      <div className="scenario-actions">
        <button
          type="button"
          data-testid="save-scenario"
          onClick={() => setSaved(saveScenario(storage, effectiveScenario(scenario), new Date()))}
        >
          {t('saveScenario')}
        </button>
        <button
          type="button"
          data-testid="make-share-link"
          onClick={() => {
            const url = `${location.origin}${location.pathname}#${encodeScenarioLink(effectiveScenario(scenario))}`;
            setLink(url);
            void navigator.clipboard?.writeText(url).catch(() => undefined);
          }}
        >
          {t('copyShareLink')}
        </button>
      </div>
      {link && (
        <label className="field">
          <span>{t('shareLink')}</span>
          <input type="text" readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />
        </label>
      )}
      {saveError && (
        <p className="panel-error small" role="alert" data-testid="save-error">
          {t(saveError === 'full' ? 'saveFull' : 'saveUnavailable')}
        </p>
      )}
      {skipped > 0 && <p className="warn small">{t('savedSkipped', { n: skipped })}</p>}
      {saved.length > 0 && (
        <>
          <h3>{t('savedScenarios')}</h3>
          <ul className="saved-list small" data-testid="saved-list">
            {saved.map((x: SavedScenario) => (
              <li key={x.name}>
                <span>{x.name}</span> <span className="muted">{fmt(x.savedAt)}</span>{' '}
                <button type="button" className="link" onClick={() => applyScenario(atlas, x.scenario)}>
                  {t('loadSaved')}
                </button>{' '}
                <button
                  type="button"
                  className="link"
                  data-testid="compare-saved"
                  onClick={() => void runner?.compareWith(x.scenario)}
                >
                  {t('compareWith')}
                </button>{' '}
                <button type="button" className="link" onClick={() => setSaved(deleteSaved(storage, x.name))}>
                  {t('deleteSaved')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
