import { useEffect, useState } from 'react';
import { criterionCoverage } from '../../domain/scoring/coverage';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import type { Scenario } from '../../domain/scoring/scenario';
import { OBJECTIVE_KINDS, type ObjectiveKind, type ObjectiveWeights } from '../../domain/weighting/objective';
import type { MessageKey } from '../../i18n/messages';
import { OBJECTIVE_REFUSAL } from '../../i18n/objective-refusal';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';

const KIND_LABEL: Record<ObjectiveKind, MessageKey> = { entropy: 'objectiveEntropy', critic: 'objectiveCritic' };
const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;

/**
 * Entropy and CRITIC weights of the candidates in view, beside the room's weights (direct or
 * AHP), with a one-click comparison and the choice to rank with them. Computed by the engine on
 * the ranked scenario each time the ranking changes, while the panel is open.
 */
export function ObjectiveWeightsPanel() {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const scenario = useScoring((s) => s.scenario);
  const result = useScoring((s) => s.result);
  const runner = useScoring((s) => s.runner);
  const inUse = scenario.weights_from;
  const [open, setOpen] = useState(inUse !== undefined);
  const [weights, setWeights] = useState<Readonly<Record<ObjectiveKind, ObjectiveWeights>> | null>(null);

  useEffect(() => {
    if (!open || !runner || !result) return;
    let live = true;
    void runner.objectiveWeights(result.scenario).then((w) => {
      if (live) setWeights(w);
    });
    return () => {
      live = false;
    };
  }, [open, runner, result]);

  // Values filled in by the missing-data rule count as data here: a thin criterion looks "informative".
  const thin = result
    ? criterionCoverage(result.scenario, result.rows)
        .filter((c) => c.thin && c.rule !== 'exclude')
        .map((c) => `${criterionLabel(c.id, catalog, lang).label} (${c.withValue}/${c.pool})`)
    : [];
  const roomTotal = scenario.criteria.reduce((a, c) => a + c.weight, 0);
  const compare = (kind: ObjectiveKind) => {
    const { ahp: _a, ...rest } = scenario;
    const b: Scenario = {
      ...rest,
      weights_from: kind,
      name: t('objectiveCompareName', { name: scenario.name, kind: t(KIND_LABEL[kind]) }),
    };
    void runner?.compareWith(b);
  };

  return (
    <details
      className="objective-weights"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="objective-weights"
    >
      <summary>{t('objectiveHeading')}</summary>
      <p className="small muted">{t('objectiveIntro')}</p>
      {thin.length > 0 && (
        <p className="small warn" data-testid="objective-thin">
          ⚠ {t('objectiveThin', { what: thin.join(', ') })}
        </p>
      )}
      {inUse && (
        <p className="small warn" data-testid="objective-in-use">
          {t('objectiveInUse', { kind: t(KIND_LABEL[inUse]) })}{' '}
          <button type="button" className="link" onClick={() => atlas.scoring.getState().setWeightsFrom(null)}>
            {t('objectiveBackToRoom')}
          </button>
        </p>
      )}
      {!weights ? (
        <p className="small muted">{t('objectiveWaiting')}</p>
      ) : (
        <>
          <table className="small objective-table">
            <thead>
              <tr>
                <th scope="col">{t('criteria')}</th>
                <th scope="col">{t('objectiveRoom')}</th>
                {OBJECTIVE_KINDS.map((k) => (
                  <th scope="col" key={k}>
                    {t(KIND_LABEL[k])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scenario.criteria.map((c, j) => (
                <tr key={c.id}>
                  <td>{criterionLabel(c.id, catalog, lang).label}</td>
                  <td className="num">{roomTotal > 0 ? pct(c.weight / roomTotal) : '—'}</td>
                  {OBJECTIVE_KINDS.map((k) => {
                    const w = weights[k];
                    return (
                      <td className="num" key={k} data-testid={`objective-${k}-${j}`}>
                        {w.ok ? pct(w.weights[j] ?? 0) : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {OBJECTIVE_KINDS.map((k) => {
            const w = weights[k];
            if (!w.ok)
              return (
                <p key={k} className="small warn">
                  {t(KIND_LABEL[k])}: {t(OBJECTIVE_REFUSAL[w.reason])}
                </p>
              );
            return (
              <p key={k} className="objective-actions">
                <button type="button" data-testid={`objective-compare-${k}`} onClick={() => compare(k)}>
                  {t('objectiveCompare', { kind: t(KIND_LABEL[k]) })}
                </button>{' '}
                <button
                  type="button"
                  data-testid={`objective-use-${k}`}
                  disabled={inUse === k}
                  onClick={() => atlas.scoring.getState().setWeightsFrom(k)}
                >
                  {t('objectiveUse', { kind: t(KIND_LABEL[k]) })}
                </button>
              </p>
            );
          })}
        </>
      )}
    </details>
  );
}
