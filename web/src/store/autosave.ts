import { useAppStore } from './app-store';
import { useScoringStore } from './scoring-store';
import { writeWorkingDraft } from './working-draft';

/**
 * Saves the working scenario and its AHP judgements on every change (not while presenting: the
 * slides are other scenarios, and the working one comes back when the show ends). Returns stop.
 */
export function startWorkingDraftAutosave(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): () => void {
  return useScoringStore.subscribe((s, prev) => {
    if (s.scenario === prev.scenario && s.ahpDraft === prev.ahpDraft) return;
    if (useAppStore.getState().presenting) return;
    const saved = writeWorkingDraft(storage, s.scenario, s.ahpDraft);
    if (saved === s.draftNotSaved) useScoringStore.setState({ draftNotSaved: !saved });
  });
}
