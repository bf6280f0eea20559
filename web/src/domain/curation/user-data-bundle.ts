import type { UserImport, UserIndicatorDef } from '../import/user-dataset';
import type { Edit } from './edits';

/**
 * The user's own data as it travels inside an exported scenario file ("user_data"): indicators
 * created in the grid, typed edits with their provenance, and imported values (without the raw
 * table). Another planner opening the file gets the same ranking.
 */
export interface UserDataBundle {
  readonly version: 1;
  readonly indicators: readonly UserIndicatorDef[];
  readonly edits: readonly Edit[];
  readonly imports: readonly Omit<UserImport, 'table'>[];
}

export function makeBundle(
  created: readonly UserIndicatorDef[],
  edits: readonly Edit[],
  imports: readonly UserImport[],
): UserDataBundle | null {
  if (created.length === 0 && edits.length === 0 && imports.length === 0) return null;
  return { version: 1, indicators: created, edits, imports: imports.map(({ table: _table, ...rest }) => rest) };
}

const str = (o: unknown, k: string) => typeof (o as Record<string, unknown>)?.[k] === 'string';
const num = (o: unknown, k: string) => Number.isFinite((o as Record<string, unknown>)?.[k]);

/** Checks a bundle from a file; every problem names its field, and nothing is applied if any. */
export function validateBundle(input: unknown): { ok: true; bundle: UserDataBundle } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const b = input as Record<string, unknown>;
  if (typeof b !== 'object' || b === null) return { ok: false, errors: ['user_data: must be an object'] };
  if (b.version !== 1) errors.push('user_data.version: must be 1');
  const list = (k: string): unknown[] => {
    if (Array.isArray(b[k])) return b[k] as unknown[];
    errors.push(`user_data.${k}: must be a list`);
    return [];
  };
  const indicators = list('indicators');
  indicators.forEach((d, i) => {
    for (const k of ['id', 'label', 'unit', 'year', 'source', 'column'])
      if (!str(d, k)) errors.push(`user_data.indicators[${i}].${k}: must be a text`);
    if (str(d, 'id') && !String((d as UserIndicatorDef).id).startsWith('user_'))
      errors.push(`user_data.indicators[${i}].id: must start with "user_"`);
  });
  const edits = list('edits');
  edits.forEach((e, i) => {
    for (const k of ['indicator', 'kemendagri_code', 'bps_code', 'year', 'source', 'entered_at'])
      if (!str(e, k)) errors.push(`user_data.edits[${i}].${k}: must be a text`);
    if (!num(e, 'value')) errors.push(`user_data.edits[${i}].value: must be a number`);
  });
  const imports = list('imports');
  imports.forEach((m, i) => {
    for (const k of ['id', 'fileName', 'importedAt'])
      if (!str(m, k)) errors.push(`user_data.imports[${i}].${k}: must be a text`);
    const o = m as Record<string, unknown>;
    if (!Array.isArray(o?.indicators) || !Array.isArray(o?.values) || !Array.isArray(o?.points))
      errors.push(`user_data.imports[${i}]: needs indicators, values and points lists`);
    else if (
      (o.values as unknown[]).some((v) => !num(v, 'value') || !str(v, 'kemendagri_code') || !str(v, 'indicator'))
    )
      errors.push(`user_data.imports[${i}].values: every value needs kemendagri_code, indicator and a numeric value`);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, bundle: input as UserDataBundle };
}
