import { REGION_VIEWS, viewBounds, viewById } from '../../domain/region-views';
import type { Atlas } from '../../store/atlas';
import { loadSaved } from '../../store/saved-scenarios';
import { applyScenario } from '../../store/scenario-link';

/** The slides: the scenario on screen when the show starts, then the saved scenarios by name. */
export function startPresentation(atlas: Atlas): void {
  const { scenario: current, ahpDraft } = atlas.scoring.getState();
  const saved = loadSaved(atlas.storage).saved.map((x) => x.scenario);
  atlas.view.setState({
    show: {
      slides: [current, ...saved.filter((s) => s.name !== current.name)],
      index: 0,
      working: { scenario: current, ahpDraft, view: atlas.view.getState().view },
    },
  });
  atlas.scoring.getState().setTab('scoring');
  atlas.view.getState().setPresenting(true);
  document.documentElement.requestFullscreen?.().catch(() => undefined); // refused without a user gesture: the layout still applies
  // The room sees the whole region ranked, not the close zoom left on screen (issue 15); after
  // the presenting layout has resized the map.
  const frame = viewBounds(viewById(atlas.view.getState().view), atlas.data.getState().catalog?.provinces ?? []);
  setTimeout(() => atlas.view.getState().focus(frame), 100);
}

export function stopPresentation(atlas: Atlas): void {
  // Presenting never changes the working scenario: the slides shown are put away.
  const w = atlas.view.getState().show?.working;
  if (w) {
    if (atlas.view.getState().view !== w.view) {
      const v = REGION_VIEWS.find((x) => x.id === w.view);
      if (v) atlas.view.getState().setView(v.id, viewBounds(v, atlas.data.getState().catalog?.provinces ?? []));
    }
    atlas.scoring.setState({ scenario: w.scenario, ahpDraft: w.ahpDraft });
  }
  atlas.view.setState({ show: null });
  atlas.view.getState().setPresenting(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Next (+1) or previous (−1) scenario, as a slide. */
export function stepPresentation(atlas: Atlas, delta: number): void {
  const show = atlas.view.getState().show;
  if (!show || show.slides.length === 0) return;
  const index = (show.index + delta + show.slides.length) % show.slides.length;
  atlas.view.setState({ show: { ...show, index } });
  const s = show.slides[index];
  if (s) applyScenario(atlas, s);
}
