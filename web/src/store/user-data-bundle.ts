import { makeBundle, type UserDataBundle } from '../domain/curation/user-data-bundle';
import { curation, useCurationStore } from './curation-store';
import { addImport, useUserDataStore } from './user-data';

/** `{ user_data }` for an exported scenario file, or nothing when the user has no data of their own. */
export function withUserData(): { user_data?: UserDataBundle } {
  const c = useCurationStore.getState();
  const bundle = makeBundle(c.created, Object.values(c.edits), useUserDataStore.getState().imports);
  return bundle ? { user_data: bundle } : {};
}

/**
 * Applies a validated bundle from a scenario file: its imports (those not already here), created
 * indicators, and edits as one undoable step. What the user had stays; same ids are replaced.
 */
export async function applyBundle(b: UserDataBundle): Promise<void> {
  const have = new Set(useUserDataStore.getState().imports.map((i) => i.id));
  for (const imp of b.imports) if (!have.has(imp.id)) await addImport({ ...imp, table: { header: [], rows: [] } });
  if (b.indicators.length > 0) curation.addIndicators(b.indicators);
  if (b.edits.length > 0) curation.set(b.edits, 'import');
}
