import { REGION_VIEWS, viewBounds } from '../domain/region-views';
import type { Scenario } from '../domain/scoring/scenario';
import { useAppStore } from './app-store';
import { useDataStore } from './data-store';
import { loadSaved } from './saved-scenarios';
import { applyScenario } from './scenario-link';
import { useScoringStore } from './scoring-store';

const storage = typeof window !== 'undefined' ? window.localStorage : undefined;

/** The slides: the scenario on screen when the show starts, then the saved scenarios by name. */
let slides: Scenario[] = [];
let index = 0;
/** The working scenario and judgements when the show started: put back when it ends. */
let working: (Pick<ReturnType<typeof useScoringStore.getState>, 'scenario' | 'ahpDraft'> & { view: string }) | null =
  null;

export function presentationSlides(): { readonly index: number; readonly total: number } {
  return { index, total: slides.length };
}

export function startPresentation(): void {
  const { scenario: current, ahpDraft } = useScoringStore.getState();
  working = { scenario: current, ahpDraft, view: useAppStore.getState().view };
  const saved = loadSaved(storage).saved.map((x) => x.scenario);
  slides = [current, ...saved.filter((s) => s.name !== current.name)];
  index = 0;
  useScoringStore.getState().setTab('scoring');
  useAppStore.getState().setPresenting(true);
  document.documentElement.requestFullscreen?.().catch(() => undefined); // refused without a user gesture: the layout still applies
}

export function stopPresentation(): void {
  // Presenting never changes the working scenario: the slides shown are put away.
  if (working) {
    const w = working;
    if (useAppStore.getState().view !== w.view) {
      const v = REGION_VIEWS.find((x) => x.id === w.view);
      if (v) useAppStore.getState().setView(v.id, viewBounds(v, useDataStore.getState().catalog?.provinces ?? []));
    }
    useScoringStore.setState({ scenario: w.scenario, ahpDraft: w.ahpDraft });
  }
  working = null;
  useAppStore.getState().setPresenting(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Next (+1) or previous (−1) scenario, as a slide. */
export function stepPresentation(delta: number): void {
  if (slides.length === 0) return;
  index = (index + delta + slides.length) % slides.length;
  const s = slides[index];
  if (s) applyScenario(s);
  useAppStore.setState({}); // re-render the slide counter
}
