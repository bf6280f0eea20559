import { describe, expect, it } from 'vitest';
import type { UserImport } from '../domain/import/user-dataset';
import { createAtlas } from './atlas';
import { EDITS_QUARANTINE_KEY } from './curation-slice';
import { memoryAsyncStorage, memoryStorage } from './storage';
import { QUARANTINE_KEY } from './user-data-slice';

// Issue 19: nothing the user imported is lost, whatever is in storage or however many tabs.
const imp = (id: string): UserImport => ({
  id,
  fileName: `${id}.csv`,
  importedAt: '2026-12-03T00:00:00Z',
  kind: 'table',
  indicators: [{ id: `user_${id}_x`, label: 'X', unit: 'ton', year: '2024', source: 'Dinas', column: 'x' }],
  values: [{ kemendagri_code: '72.01', bps_code: '7202', indicator: `user_${id}_x`, value: 5 }],
  points: [],
  table: { header: ['kode', 'x'], rows: [['72.01', '5']] },
});

describe('saved imports', () => {
  it('two tabs that each import a file both keep theirs after a reload', async () => {
    const db = memoryAsyncStorage();
    const tabA = createAtlas({ storage: memoryStorage(), db });
    const tabB = createAtlas({ storage: memoryStorage(), db });
    await Promise.all([tabA.userData.getState().load(), tabB.userData.getState().load()]);
    await tabA.userData.getState().addImport(imp('a'));
    await tabB.userData.getState().addImport(imp('b'));
    const reloaded = createAtlas({ storage: memoryStorage(), db });
    await reloaded.userData.getState().load();
    expect(
      reloaded.userData
        .getState()
        .imports.map((i) => i.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('an entry with indicators: [null] is kept aside, not fatal, not deleted; the good one is used', async () => {
    const broken = { ...imp('bad'), indicators: [null] };
    const db = memoryAsyncStorage({ 'imports-v1': [imp('good'), broken] });
    const atlas = createAtlas({ storage: memoryStorage(), db });
    await atlas.userData.getState().load();
    expect(atlas.userData.getState()).toMatchObject({ unreadable: 1, storageError: null });
    expect(atlas.userData.getState().imports.map((i) => i.id)).toEqual(['good']);
    await atlas.userData.getState().addImport(imp('new'));
    expect(await db.get(QUARANTINE_KEY)).toEqual([broken]);
  });

  it('a stored value that is not a list at all is kept aside and reported, and imports work again', async () => {
    const db = memoryAsyncStorage({ 'imports-v1': 'garbage' });
    const atlas = createAtlas({ storage: memoryStorage(), db });
    await atlas.userData.getState().load();
    expect(atlas.userData.getState().unreadable).toBe(1);
    expect(await db.get(QUARANTINE_KEY)).toEqual(['garbage']);
    await atlas.userData.getState().addImport(imp('a'));
    expect((await db.get('imports-v1')) as UserImport[]).toHaveLength(1);
  });
});

describe('saved typed values', () => {
  it('a garbage edit and an indicator with a null label are kept aside; the good edit is used', async () => {
    const good = {
      indicator: 'kelapa_production',
      kemendagri_code: '72.02',
      bps_code: '7204',
      value: 12500,
      year: '2023',
      source: 'BPS Poso',
      entered_at: '2026-12-03T00:00:00Z',
      replaced: null,
    };
    const badDef = { id: 'user_x', label: null, unit: 't', year: '', source: 's', column: 'grid' };
    const db = memoryAsyncStorage({ 'edits-v1': { edits: [good, { value: 'x' }], created: [badDef] } });
    const atlas = createAtlas({ storage: memoryStorage(), db });
    await atlas.curation.getState().load();
    expect(atlas.curation.getState().unreadable).toBe(2);
    expect(Object.values(atlas.curation.getState().edits)).toEqual([good]);
    expect(atlas.curation.getState().created).toEqual([]);
    expect(await db.get(EDITS_QUARANTINE_KEY)).toEqual([{ value: 'x' }, badDef]);
  });
});
