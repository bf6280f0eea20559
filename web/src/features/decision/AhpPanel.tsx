import { useMemo, useState } from 'react';
import {
  type AhpParticipant,
  newDraft,
  participantFromMatrix,
  upperFor,
  withJudgement,
} from '../../domain/decision/ahp-draft';
import { parseJudgementsFile } from '../../domain/decision/judgements-file';
import { formatNumber } from '../../domain/format';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { ahp, fromUpperTriangle, groupMatrix, inconsistencies } from '../../domain/weighting/ahp';
import type { MessageKey } from '../../i18n/messages';
import { fieldErrorText } from '../../i18n/validation-text';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';
import { AlertList } from '../../ui/AlertList';
import { downloadText } from '../../ui/download';
import { FileButton } from '../../ui/FileButton';
import { useT } from '../../ui/use-t';

/** Saaty's scale as offered in the selects: 9 … 2 for the first, 1, then 2 … 9 for the second. */
const CHOICES: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

/** The offered choice a stored judgement stands for (a reciprocal may differ in the last bit). */
const nearestChoice = (v: number) =>
  CHOICES.reduce((best, c) => (Math.abs(Math.log(c / v)) < Math.abs(Math.log(best / v)) ? c : best), 1);

const fmtJudgement = (a: number) =>
  a >= 1 ? String(Math.round(a * 100) / 100) : `1/${Math.round((1 / a) * 100) / 100}`;

/**
 * Pairwise comparison of the scenario's criteria, for one person or an FGD: each named
 * participant enters judgements (one device passed around, or files merged); the group matrix is
 * the element-wise geometric mean. Applying sets the criteria weights (in %). The judgements live
 * in the store (keyed by criterion ids), so a tab switch, a criteria change, presenting or a
 * reload keeps them.
 */
export function AhpPanel() {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const criteria = useScoring((s) => s.scenario.criteria);
  const applyAhp = useScoring((s) => s.applyAhp);
  const stored = useScoring((s) => s.ahpDraft);
  const draft = stored ?? newDraft(`${t('participant')} 1`);
  const setDraft = atlas.scoring.getState().setAhpDraft;
  const n = criteria.length;
  const ids = useMemo(() => criteria.map((c) => c.id), [criteria]);
  const participants = draft.participants;
  const current = Math.min(draft.current, participants.length - 1);
  const setCurrent = (k: number) => setDraft({ ...draft, current: k });
  const [importError, setImportError] = useState<string[] | null>(null);

  const labels = criteria.map((c) => criterionLabel(c.id, catalog, lang).label);
  const matrices = useMemo(
    () => participants.map((p) => fromUpperTriangle(ids.length, upperFor(p, ids))),
    [participants, ids],
  );
  const results = useMemo(() => (n >= 2 ? matrices.map((m) => ahp(m)) : []), [matrices, n]);
  const group = useMemo(() => (n >= 2 && matrices.length > 1 ? ahp(groupMatrix(matrices)) : null), [matrices, n]);
  const mine = results[current];
  const pointers = useMemo(
    () => (mine && !mine.consistent ? inconsistencies(matrices[current] as number[][], mine.weights).slice(0, 2) : []),
    [mine, matrices, current],
  );

  if (n < 2) return <p className="small muted">{t('ahpNeedTwo')}</p>;
  const me = participants[current] as AhpParticipant;
  const myUpper = upperFor(me, ids);
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  const choiceLabel = (i: number, j: number, v: number) => {
    if (v === 1) return t('ahpEqual');
    const strength = v > 1 ? v : 1 / v;
    return t('ahpMore', {
      name: (v > 1 ? labels[i] : labels[j]) ?? '',
      verbal: t(`saaty${Math.round(strength)}` as MessageKey),
      v: Math.round(strength),
    });
  };
  const setJudgement = (k: number, v: number) => {
    const [i, j] = pairs[k] as [number, number];
    setDraft({
      ...draft,
      participants: participants.map((p, idx) =>
        idx === current ? withJudgement(p, ids[i] as string, ids[j] as string, v) : p,
      ),
    });
  };
  const applied = group ?? mine;
  const exportJudgements = () => {
    const file = {
      version: 1,
      criteria: criteria.map((c) => c.id),
      participants: participants.map((p, k) => ({ name: p.name, matrix: matrices[k] })),
    };
    downloadText(
      'ahp-judgements.json',
      `${JSON.stringify(file, null, 2)}
`,
      'application/json',
    );
  };
  const importJudgements = async (f: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await f.text());
    } catch (e) {
      setImportError([t('judgementsFailed', { file: f.name }), (e as Error).message]);
      return;
    }
    const r = parseJudgementsFile(
      json,
      criteria.map((c) => c.id),
    );
    if (!r.ok) {
      setImportError([t('judgementsFailed', { file: f.name }), ...r.errors.map((e) => fieldErrorText(e, lang))]);
      return;
    }
    setImportError(null);
    // Imported participants join those already here (files from several devices merge).
    const added = r.file.participants.map((p, k) => participantFromMatrix(draft.nextId + k, p.name, ids, p.matrix));
    setDraft({ ...draft, participants: [...participants, ...added], nextId: draft.nextId + added.length });
  };

  return (
    <details className="ahp" data-testid="ahp-panel">
      <summary>{t('ahpTitle')}</summary>
      <p className="small muted">{t('ahpIntro')}</p>
      <div className="participants">
        <span className="small">{t('participants')}:</span>
        {participants.map((p, k) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={k === current}
            data-testid={`participant-${k}`}
            onClick={() => setCurrent(k)}
          >
            {p.name}
          </button>
        ))}
        <button
          type="button"
          data-testid="add-participant"
          onClick={() =>
            setDraft({
              participants: [
                ...participants,
                { id: draft.nextId, name: `${t('participant')} ${participants.length + 1}`, judgements: {} },
              ],
              current: participants.length,
              nextId: draft.nextId + 1,
            })
          }
        >
          + {t('addParticipant')}
        </button>
      </div>
      <label className="field">
        <span>{t('participantName')}</span>
        <input
          type="text"
          value={me.name}
          data-testid="participant-name"
          onChange={(e) =>
            setDraft({
              ...draft,
              participants: participants.map((p, idx) => (idx === current ? { ...p, name: e.target.value } : p)),
            })
          }
        />
      </label>
      <ol className="ahp-pairs">
        {pairs.map(([i, j], k) => (
          <li key={`${i}-${j}`}>
            <div className="small">
              <strong>{labels[i]}</strong> vs <strong>{labels[j]}</strong>
            </div>
            <select
              data-testid={`ahp-${i}-${j}`}
              value={String(nearestChoice(myUpper[k] ?? 1))}
              onChange={(e) => setJudgement(k, Number(e.target.value))}
            >
              {CHOICES.map((v) => (
                <option key={v} value={String(v)}>
                  {choiceLabel(i, j, v)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
      {mine && (
        <div className="ahp-result" data-testid="ahp-result">
          <p className="small" data-testid="ahp-consistency">
            {me.name}:{' '}
            {t('ahpConsistency', {
              lambda: formatNumber(mine.lambdaMax, lang),
              ci: formatNumber(mine.ci, lang),
              cr: mine.cr === null ? '—' : formatNumber(mine.cr, lang),
            })}
          </p>
          {mine.consistent ? (
            <p className="small">{t('ahpConsistent')}</p>
          ) : (
            <div className="warn small" data-testid="ahp-warning">
              {t('ahpInconsistent')}
              <ul>
                {pointers.map((p) => (
                  <li key={`${p.i}-${p.j}`}>
                    {t('ahpPointer', {
                      a: labels[p.i] ?? '',
                      b: labels[p.j] ?? '',
                      given: fmtJudgement(p.given),
                      implied: fmtJudgement(p.implied),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h4>{t('ahpWeights')}</h4>
          <table className="ahp-table small" data-testid="ahp-table">
            <thead>
              <tr>
                <th scope="col" />
                {labels.map((l, i) => (
                  <th scope="col" key={criteria[i]?.id}>
                    {l}
                  </th>
                ))}
                <th scope="col">{t('crShort')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, k) => (
                <tr key={participants[k]?.id}>
                  <th scope="row">{participants[k]?.name}</th>
                  {r.weights.map((w, i) => (
                    <td key={criteria[i]?.id}>{formatNumber(Math.round(w * 1000) / 10, lang)} %</td>
                  ))}
                  <td className={r.consistent ? '' : 'warn'}>{r.cr === null ? '—' : formatNumber(r.cr, lang)}</td>
                </tr>
              ))}
              {group && (
                <tr className="group" data-testid="ahp-group">
                  <th scope="row">{t('groupRow')}</th>
                  {group.weights.map((w, i) => (
                    <td key={criteria[i]?.id}>{formatNumber(Math.round(w * 1000) / 10, lang)} %</td>
                  ))}
                  <td className={group.consistent ? '' : 'warn'}>
                    {group.cr === null ? '—' : formatNumber(group.cr, lang)}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <div className="scenario-actions">
            <button
              type="button"
              data-testid="ahp-apply"
              onClick={() => {
                if (!applied) return;
                // An inconsistent room is told before its weights are used, and the report says so.
                if (
                  !applied.consistent &&
                  !window.confirm(
                    t('ahpConfirmInconsistent', { cr: applied.cr === null ? '—' : formatNumber(applied.cr, lang) }),
                  )
                )
                  return;
                applyAhp(
                  applied.weights.map((w) => Math.round(w * 1000) / 10),
                  {
                    participants: participants.map((p, k) => ({ name: p.name, matrix: matrices[k] as number[][] })),
                    ...(applied.consistent ? {} : { accepted_inconsistent: true }),
                  },
                );
              }}
            >
              {group ? t('ahpApplyGroup') : t('ahpApply')}
            </button>
            <button type="button" onClick={exportJudgements}>
              {t('exportJudgements')}
            </button>
            <FileButton
              label={t('importJudgements')}
              testId="import-judgements"
              onFile={(f) => void importJudgements(f)}
            />
          </div>
          {importError && (
            <AlertList title={importError[0] ?? ''} lines={importError.slice(1)} testId="judgements-error" />
          )}
        </div>
      )}
    </details>
  );
}
