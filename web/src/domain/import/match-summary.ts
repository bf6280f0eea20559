import type { RegionProps } from '../dataset-types';
import type { RawTable } from './raw-table';
import type { MatchReport } from './region-matcher';

/** The match report as plain JSON (what `npm run cli -- join` prints): counts, then every row. */
export function matchSummary(
  table: RawTable,
  column: number,
  report: MatchReport,
  regions: ReadonlyMap<string, RegionProps>,
): Record<string, unknown> {
  const region = (code: string) => {
    const r = regions.get(code);
    return { kemendagri_code: code, bps_code: r?.bps_code ?? '', name: r?.name ?? '' };
  };
  return {
    column: table.header[column],
    code_system: report.system,
    header_line: table.headerLine,
    counts: {
      rows: table.rows.length,
      matched: report.matched,
      unmatched: report.unmatched,
      totals_skipped: report.totals,
      blank: report.blank,
      duplicates: report.duplicates.length,
    },
    rows: report.matches.map((m, i) => ({
      line: table.headerLine + 1 + i,
      cell: table.rows[i]?.[column] ?? '',
      status: report.duplicates.includes(i) ? 'duplicate' : m.status,
      ...(m.status === 'matched' ? { ...region(m.code), via: m.via } : {}),
      ...(m.status === 'unmatched' && m.suggestions.length > 0 ? { suggestions: m.suggestions.map(region) } : {}),
    })),
  };
}
