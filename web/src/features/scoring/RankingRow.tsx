import type { Lang } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import type { RankShift } from '../../domain/scoring/compare';
import { displayRank, type TieGroup } from '../../domain/scoring/coverage';
import type { Method } from '../../domain/scoring/scenario';
import type { ScoredRow } from '../../domain/scoring/score-types';
import type { Selection } from '../../store/view-slice';
import type { useT } from '../../ui/use-t';
import type { CandidateSensitivity } from '../decision/use-sensitivity';
import { Bars, barMode, ChosenBadge, ImputedMarks, Shift, StabilityBadge } from './RankingCells';

/** What every row of one ranking shares: computed once per render of the table, not per row. */
export interface RowContext {
  readonly t: ReturnType<typeof useT>;
  readonly lang: Lang;
  readonly method: Method;
  readonly ties: ReadonlyMap<string, TieGroup>;
  readonly chosen: ReadonlySet<string>;
  readonly shiftBy: ReadonlyMap<string, RankShift> | null;
  readonly bars: ReadonlyMap<string, readonly number[]> | null;
  readonly maxScore: number;
  readonly labels: readonly string[];
  readonly rules: readonly string[];
  readonly stability: ReadonlyMap<string, CandidateSensitivity> | undefined;
  readonly selectedCode: string | null;
  readonly provinceName: (code: string) => string;
  readonly select: (s: Selection) => void;
}

/** One kab/kota of the ranking table. `measure` lets the windowed body learn the row's height. */
export function RankingRow({
  r,
  ctx,
  index,
  measure,
}: {
  r: ScoredRow;
  ctx: RowContext;
  index?: number;
  measure?: (el: HTMLTableRowElement | null) => void;
}) {
  const code = r.kemendagri_code;
  const tie = ctx.ties.get(code);
  const pick = () => ctx.select({ kind: 'region', code });
  return (
    <tr
      ref={measure}
      data-index={index}
      data-code={code}
      className={code === ctx.selectedCode ? 'selected' : undefined}
      onClick={pick}
    >
      <td
        className="num"
        data-testid="rank-cell"
        title={tie ? ctx.t('tiedTitle', { lo: tie.first, hi: tie.last }) : undefined}
      >
        {displayRank(r.rank as number, tie)}
      </td>
      <td>
        <button type="button" className="link" onClick={pick}>
          {r.name}
        </button>
        {ctx.chosen.has(code) && <ChosenBadge />}
      </td>
      <td className="small">{ctx.provinceName(r.kemendagri_prov_code)}</td>
      <td className="num" data-testid="score-cell">
        {formatNumber(r.score as number, ctx.lang)}
      </td>
      {ctx.shiftBy && <td className="num">{ctx.shiftBy.get(code)?.rankB ?? '—'}</td>}
      {ctx.shiftBy && (
        <td className="num" data-testid="shift-cell">
          <Shift value={ctx.shiftBy.get(code)?.shift ?? null} />
        </td>
      )}
      <td>
        <Bars
          row={r}
          parts={ctx.bars?.get(code) ?? r.contributions ?? []}
          maxScore={ctx.maxScore}
          mode={barMode(ctx.method)}
          labels={ctx.labels}
        />
        <ImputedMarks row={r} labels={ctx.labels} rules={ctx.rules} />
      </td>
      <td className="small" data-testid="stability-cell">
        <StabilityBadge stats={ctx.stability?.get(code)} tie={tie} />
      </td>
    </tr>
  );
}
