import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ScoredRow } from '../../domain/scoring/score-types';
import { RankingRow, type RowContext } from './RankingRow';

/**
 * Up to this many rows the table holds every row (a province's ranking, searchable with the
 * browser's find). Beyond it (all Indonesia: 514) only the rows in view, plus OVERSCAN either
 * side, are in the page: laying out and painting 514 rows took 56–71 ms of main thread per
 * re-rank on this machine, over the 50 ms a slider move may take.
 */
export const FULL_TABLE_MAX = 150;
const OVERSCAN = 15;
const ROW_ESTIMATE_PX = 52; // a row with its missing-data tags

interface BodyProps {
  readonly rows: readonly ScoredRow[];
  readonly ctx: RowContext;
  /** The box that scrolls the table (the window follows it). */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
}

export function RankingBody({ rows, ctx, scrollRef }: BodyProps) {
  return rows.length <= FULL_TABLE_MAX ? (
    <FullBody rows={rows} ctx={ctx} />
  ) : (
    <WindowedBody rows={rows} ctx={ctx} scrollRef={scrollRef} />
  );
}

function FullBody({ rows, ctx }: { rows: readonly ScoredRow[]; ctx: RowContext }) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!ctx.selectedCode) return;
    body.current?.querySelector(`[data-code="${ctx.selectedCode}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [ctx.selectedCode]);
  return (
    <tbody ref={body}>
      {rows.map((r) => (
        <RankingRow key={r.kemendagri_code} r={r} ctx={ctx} />
      ))}
    </tbody>
  );
}

function WindowedBody({ rows, ctx, scrollRef }: BodyProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the rows start inside the scrolling box (below the table's header).
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const tb = body.current;
    if (box && tb) setMargin(tb.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop);
  }, [scrollRef]);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]?.kemendagri_code ?? i,
  });
  useEffect(() => {
    if (!ctx.selectedCode) return;
    const i = rows.findIndex((r) => r.kemendagri_code === ctx.selectedCode);
    if (i >= 0) v.scrollToIndex(i, { align: 'center' });
  }, [ctx.selectedCode, rows, v]);
  const items = v.getVirtualItems();
  const top = (items[0]?.start ?? margin) - margin;
  const bottom = v.getTotalSize() - ((items[items.length - 1]?.end ?? margin) - margin);
  return (
    <tbody ref={body} data-windowed={rows.length}>
      {top > 0 && <tr className="spacer" style={{ height: top }} />}
      {items.map((it) => {
        const r = rows[it.index] as ScoredRow;
        return <RankingRow key={it.key} r={r} ctx={ctx} index={it.index} measure={v.measureElement} />;
      })}
      {bottom > 0 && <tr className="spacer" style={{ height: bottom }} />}
    </tbody>
  );
}
