import type { Atlas } from '../store/atlas';
import { writeWorkingDraft } from '../store/working-draft';

/**
 * Saves the working scenario and its AHP judgements on every change (not while presenting: the
 * slides are other scenarios, and the working one comes back when the show ends). Returns stop.
 */
export function startWorkingDraftAutosave(atlas: Atlas): () => void {
  return atlas.scoring.subscribe((s, prev) => {
    if (s.scenario === prev.scenario && s.ahpDraft === prev.ahpDraft) return;
    if (atlas.view.getState().presenting) return;
    const saved = writeWorkingDraft(atlas.storage, s.scenario, s.ahpDraft);
    if (saved === s.draftNotSaved) atlas.scoring.setState({ draftNotSaved: !saved });
  });
}
