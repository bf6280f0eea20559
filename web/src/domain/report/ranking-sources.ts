import { parseCriterionId } from '../scoring/criteria';
import type { Scenario } from '../scoring/scenario';
import type { ScoredRow } from '../scoring/score-types';

/** One published value: when and from where (the fields of an observation the report cites). */
export interface SourcedValue {
  readonly year: string;
  readonly source_id: string;
}

/** What the report says about one indicator of the ranking. */
export interface RankingSources {
  /** Kab/kota of the ranking (every one in scope, excluded too) with a published value. */
  readonly withValue: number;
  /** Kab/kota of the ranking (in scope). */
  readonly total: number;
  /** The years of those values as the sources state them, sorted. */
  readonly years: readonly string[];
  /** Their sources, in the order of the kab/kota (each once). */
  readonly sourceIds: readonly string[];
}

/**
 * Per indicator, the years and sources of the values the ranking actually read: a Sulawesi
 * Tengah report cites Sulteng's sources, not those of the indicator's values elsewhere.
 */
export function rankingSources(
  codes: readonly string[],
  indicators: readonly string[],
  headline: (indicator: string) => ReadonlyMap<string, SourcedValue>,
): Record<string, RankingSources> {
  const out: Record<string, RankingSources> = {};
  for (const id of new Set(indicators)) {
    const values = headline(id);
    const found = codes.flatMap((c) => {
      const v = values.get(c);
      return v ? [v] : [];
    });
    out[id] = {
      withValue: found.length,
      total: codes.length,
      years: [...new Set(found.map((v) => v.year).filter((y) => y !== ''))].sort(),
      sourceIds: [...new Set(found.map((v) => v.source_id))],
    };
  }
  return out;
}

/** The indicators a scenario's criteria read (distances and counts read none). */
export function criterionIndicators(s: Scenario): string[] {
  return s.criteria.flatMap((c) => {
    const ref = parseCriterionId(c.id);
    return ref && 'indicator' in ref ? [ref.indicator] : [];
  });
}

/**
 * rankingSources for a ranking as computed: its kab/kota and the indicators its criteria read
 * (those `keep` accepts: the CLI leaves user data to its own provenance).
 */
export function sourcesOfRanking(
  scenario: Scenario,
  rows: readonly ScoredRow[],
  headline: (indicator: string) => ReadonlyMap<string, SourcedValue>,
  keep: (indicator: string) => boolean = () => true,
): Record<string, RankingSources> {
  return rankingSources(
    rows.map((r) => r.kemendagri_code),
    criterionIndicators(scenario).filter(keep),
    headline,
  );
}
