import type { Method } from '../domain/scoring/scenario';
import type { MessageKey } from './messages';

/** The message that names each scoring method in the method picker and the score legend. */
export const METHOD_LABEL: Record<Method, MessageKey> = {
  wlc: 'methodWlc',
  topsis: 'methodTopsis',
  wpm: 'methodWpm',
  owa: 'methodOwa',
};
