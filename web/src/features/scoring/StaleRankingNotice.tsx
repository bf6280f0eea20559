import { useScoring } from '../../store/hooks';
import type { ScoringMessage } from '../../store/scoring-slice';
import { useT } from '../../ui/use-t';

/**
 * Above the ranking, where the eye is while moving sliders: the table below is the previous
 * ranking, and why (all weights at zero, every candidate excluded, a failed query). The same
 * message as the scoring panel's, which may be scrolled out of view.
 */
export function StaleRankingNotice() {
  const t = useT();
  const message = useScoring((s) => s.message);
  if (!message) return null;
  return (
    <div className="scoring-message stale-notice" role="status" data-testid="stale-ranking">
      <strong>{t('staleRanking')}</strong> {t(messageHead(message.kind))}
      {message.lines.length > 0 && (
        <ul>
          {message.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The first line of a scoring message (the scoring panel and the notice above the ranking). */
export function messageHead(kind: ScoringMessage['kind']): 'msgInvalid' | 'msgAllExcluded' | 'msgEngine' {
  return kind === 'invalid' ? 'msgInvalid' : kind === 'all_excluded' ? 'msgAllExcluded' : 'msgEngine';
}
