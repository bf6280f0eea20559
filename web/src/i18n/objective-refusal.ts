import type { ObjectiveRefusal } from '../domain/weighting/objective';
import type { MessageKey } from './messages';

/** Why objective weights cannot be computed, in words (app message, CLI error). */
export const OBJECTIVE_REFUSAL: Record<ObjectiveRefusal, MessageKey> = {
  too_few_candidates: 'objectiveTooFew',
  no_contrast: 'objectiveNoContrast',
};
