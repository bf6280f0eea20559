import { makeBundle, type UserDataBundle } from '../domain/curation/user-data-bundle';
import type { Atlas } from './atlas';

/** `{ user_data }` for an exported scenario file, or nothing when the user has no data of their own. */
export function withUserData(atlas: Atlas): { user_data?: UserDataBundle } {
  const c = atlas.curation.getState();
  const bundle = makeBundle(c.created, Object.values(c.edits), atlas.userData.getState().imports);
  return bundle ? { user_data: bundle } : {};
}

/**
 * Applies a validated bundle from a scenario file: its imports (those not already here), created
 * indicators, and edits as one undoable step. What the user had stays; same ids are replaced.
 */
export async function applyBundle(atlas: Atlas, b: UserDataBundle): Promise<void> {
  const u = atlas.userData.getState();
  const have = new Set(u.imports.map((i) => i.id));
  for (const imp of b.imports)
    if (!have.has(imp.id)) await atlas.userData.getState().addImport({ ...imp, table: { header: [], rows: [] } });
  const c = atlas.curation.getState();
  if (b.indicators.length > 0) c.addIndicators(b.indicators);
  if (b.edits.length > 0) atlas.curation.getState().set(b.edits, 'import');
}
