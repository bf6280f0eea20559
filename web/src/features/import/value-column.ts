import type { ColumnChoice } from '../../store/import-slice';

/** A header's unit in brackets at its end: "Produksi (ton)" → "ton". */
export const unitIn = (header: string): string => /\(([^)]+)\)\s*$/.exec(header)?.[1] ?? '';

/** A value column as first offered: named after its header without the unit, summed. */
export function valueColumnChoice(header: string, on: boolean): ColumnChoice {
  return { on, label: header.replace(/\s*\([^)]*\)\s*$/, ''), unit: unitIn(header), aggregate: 'sum' };
}
