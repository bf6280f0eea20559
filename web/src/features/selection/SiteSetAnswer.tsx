import { bindingText, causeText, passedOverText } from '../../i18n/site-set-text';
import { useScoring, useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';
import { useNameOf } from './use-name-of';

/** The solver's status, the chosen set with scores, the binding limits and who was passed over. */
export function SiteSetAnswer({ format }: { format: (v: number) => string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const state = useScoring((s) => s.siteSet);
  const rows = useScoring((s) => s.result?.rows);
  const nameOf = useNameOf();
  if (!state) return <p className="small muted">{t('siteSetSolving')}</p>;
  const o = state.outcome;
  const byCode = new Map((rows ?? []).map((r) => [r.kemendagri_code, r]));
  const m = state.membership;
  const pct = (code: string) => (m ? `${Math.round((m.share[code] ?? 0) * 100)} %` : null);
  // Not chosen, but in the set in at least a fifth of the draws: the close calls.
  const contenders =
    m && o?.status === 'optimal'
      ? Object.entries(m.share)
          .filter(([code, p]) => p >= 0.2 && !o.chosen.includes(code))
          .sort((a, b) => b[1] - a[1])
      : [];
  return (
    <div className="site-set-answer" aria-live="polite" data-testid="site-set-answer">
      {state.solving && <p className="small muted">{t('siteSetSolving')}</p>}
      {o?.status === 'optimal' && (
        <>
          <p className="small ok" data-testid="site-set-status" data-status="optimal">
            {t('siteSetOptimal', {
              k: o.chosen.length,
              n: state.candidates,
              sum: format(Math.round(o.objective * 10000) / 10000),
              ms: Math.round(state.ms),
            })}
          </p>
          <h4>{t('siteSetChosen')}</h4>
          <ol className="small site-set-chosen" data-testid="site-set-chosen">
            {[...o.chosen]
              .sort((a, b) => (byCode.get(a)?.rank ?? 0) - (byCode.get(b)?.rank ?? 0))
              .map((code) => {
                const r = byCode.get(code);
                return (
                  <li key={code} data-code={code}>
                    {nameOf(code)} · {nameOf(code.slice(0, 2))} · #{r?.rank ?? '—'} ·{' '}
                    {r?.score === null || r?.score === undefined ? '—' : format(r.score)}
                    {m && (
                      <span className="muted" data-testid="in-set-share">
                        {' '}
                        · {t('inSetShare', { p: pct(code) ?? '' })}
                      </span>
                    )}
                  </li>
                );
              })}
          </ol>
          {m ? (
            <p className="small muted" data-testid="membership-note">
              {t('membershipNote', { solved: m.solved, draws: m.draws })}
              {contenders.length > 0 &&
                ` ${t('membershipContenders', { list: contenders.map(([c, p]) => `${nameOf(c)} ${Math.round(p * 100)} %`).join(', ') })}`}
            </p>
          ) : (
            <p className="small muted">{t('membershipRunning')}</p>
          )}
          <h4>{t('siteSetBinding')}</h4>
          <ul className="small">
            {o.binding.map((b) => (
              <li key={bindingText(b, lang, nameOf)}>{bindingText(b, lang, nameOf)}</li>
            ))}
          </ul>
          {o.passedOver.length > 0 && (
            <>
              <h4>{t('siteSetPassed')}</h4>
              <ul className="small" data-testid="site-set-passed">
                {o.passedOver.map((p) => (
                  <li key={p.code}>
                    #{byCode.get(p.code)?.rank ?? '—'} {passedOverText(p, lang, nameOf)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {o?.status === 'infeasible' && (
        <div className="warn small" role="alert" data-testid="site-set-status" data-status="infeasible">
          <p>{t('siteSetInfeasible')}</p>
          <ul>
            {o.causes.map((c) => (
              <li key={causeText(c, lang, nameOf)}>{causeText(c, lang, nameOf)}</li>
            ))}
          </ul>
        </div>
      )}
      {o?.status === 'error' && (
        <p className="warn small" role="alert" data-testid="site-set-status" data-status="error">
          {t('siteSetError', { detail: o.detail })}
        </p>
      )}
    </div>
  );
}
