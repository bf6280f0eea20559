import type { Observation } from '../dataset-types';
import { type UserImport, userObservations } from '../import/user-dataset';
import type { Edit } from './edits';
import { applyEdits, isEditSource } from './merge-edits';

const USER_PREFIX = 'user:';

/** A row the user brought: an imported value ("user:…") or a typed one ("edit:…"). */
export const isUserRow = (o: Pick<Observation, 'source_id'>): boolean =>
  o.source_id.startsWith(USER_PREFIX) || isEditSource(o.source_id);

/**
 * The user's own rows, one definition for the app's index, its DuckDB tables and the CLI:
 * imported values, then typed edits over them (an edit wins over an import and over a
 * published value; the published row it replaces is handled where the published rows are).
 */
export function deriveUserData(imports: readonly UserImport[], edits: readonly Edit[]): Observation[] {
  return applyEdits(userObservations(imports), edits).filter(isUserRow);
}

/**
 * Every observation the app reads: published rows plus imports, with the edits applied (an
 * edited published headline stays listed as the value it replaced).
 */
export function mergedObservations(
  published: readonly Observation[],
  imports: readonly UserImport[],
  edits: readonly Edit[],
): Observation[] {
  return applyEdits(imports.length === 0 ? published : [...published, ...userObservations(imports)], edits);
}
