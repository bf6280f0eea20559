import { inLanguage } from '../domain/scoring/scenario-language';
import type { Atlas } from '../store/atlas';

/**
 * Keeps a shipped example's name and description in the interface language: at start, on a
 * language switch, and whenever a scenario with translations becomes the working one (the
 * example button, a saved scenario, a link). Texts the user edited stay as written. Returns stop.
 */
export function startScenarioLanguage(atlas: Atlas): () => void {
  const apply = () => {
    const { scenario } = atlas.scoring.getState();
    const next = inLanguage(scenario, atlas.view.getState().lang);
    if (next !== scenario) atlas.scoring.setState({ scenario: next });
  };
  apply();
  const a = atlas.view.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply();
  });
  const b = atlas.scoring.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) apply();
  });
  return () => {
    a();
    b();
  };
}
