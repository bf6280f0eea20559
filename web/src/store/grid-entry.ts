import type { Edit } from '../domain/curation/edits';
import { type EntryProblem, readEntry } from '../domain/curation/entry';
import type { Observation, RegionProps } from '../domain/dataset-types';
import type { NumberStyle } from '../domain/import/parse-number';

/** A cell the user typed that is not in use yet, with why (the text is never thrown away). */
export interface Draft {
  readonly text: string;
  readonly problem: EntryProblem | { readonly kind: 'need_source' };
  /** For an outlier: the value to use when the user confirms. */
  readonly value?: number;
}

export interface GridContext {
  readonly indicator: string;
  /** The indicator's unit in both languages. */
  readonly units: readonly string[];
  readonly allowNegative: boolean;
  readonly style: NumberStyle;
  readonly source: string;
  readonly year: string;
  /** Current headline values of the indicator (published, imported or edited). */
  readonly headline: ReadonlyMap<string, Observation>;
  readonly now: string;
  /** The edit already on a kab/kota: a re-edit keeps what the first edit replaced. */
  readonly existing: (kemendagriCode: string) => Edit | undefined;
}

/**
 * Turns typed cells into edits (to apply as one undoable step) and drafts (kept on screen with
 * the reason). `confirmed` holds rows whose outlier warning the user accepted.
 */
export function entriesToEdits(
  cells: readonly { readonly region: RegionProps; readonly text: string; readonly confirmed?: boolean }[],
  ctx: GridContext,
): { edits: Edit[]; drafts: Map<string, Draft> } {
  const edits: Edit[] = [];
  const drafts = new Map<string, Draft>();
  for (const { region, text, confirmed } of cells) {
    const code = region.kemendagri_code;
    const others = [...ctx.headline.entries()].filter(([c]) => c !== code).map(([, o]) => o.value);
    const r = readEntry(text, { style: ctx.style, units: ctx.units, allowNegative: ctx.allowNegative, others });
    if (!r.ok) {
      drafts.set(code, { text, problem: r.problem });
      continue;
    }
    if (r.value === null) continue;
    if (r.warning && !confirmed) {
      drafts.set(code, { text, problem: r.warning, value: r.value });
      continue;
    }
    if (ctx.source.trim() === '') {
      drafts.set(code, { text, problem: { kind: 'need_source' } });
      continue;
    }
    const before = ctx.headline.get(code);
    const prior = ctx.existing(code);
    const replaced = prior
      ? prior.replaced
      : before
        ? { value: before.value, year: before.year, source_id: before.source_id }
        : null;
    edits.push({
      indicator: ctx.indicator,
      kemendagri_code: code,
      bps_code: region.bps_code,
      value: r.value,
      year: ctx.year.trim(),
      source: ctx.source.trim(),
      entered_at: ctx.now,
      replaced,
    });
  }
  return { edits, drafts };
}
