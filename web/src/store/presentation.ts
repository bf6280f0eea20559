import type { Scenario } from '../domain/scoring/scenario';
import { useAppStore } from './app-store';
import { loadSaved } from './saved-scenarios';
import { applyScenario } from './scenario-link';
import { useScoringStore } from './scoring-store';

const storage = typeof window !== 'undefined' ? window.localStorage : undefined;

/** The slides: the scenario on screen when the show starts, then the saved scenarios by name. */
let slides: Scenario[] = [];
let index = 0;

export function presentationSlides(): { readonly index: number; readonly total: number } {
  return { index, total: slides.length };
}

export function startPresentation(): void {
  const current = useScoringStore.getState().scenario;
  const saved = loadSaved(storage).saved.map((x) => x.scenario);
  slides = [current, ...saved.filter((s) => s.name !== current.name)];
  index = 0;
  useScoringStore.getState().setTab('scoring');
  useAppStore.getState().setPresenting(true);
  document.documentElement.requestFullscreen?.().catch(() => undefined); // refused without a user gesture: the layout still applies
}

export function stopPresentation(): void {
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
