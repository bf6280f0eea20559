import { type ColumnType, codeSystemOf, guessRegionColumn, withColumnTypes } from '../../domain/import/column-types';
import type { Atlas } from '../../store/atlas';
import type { Staged } from '../../store/import-slice';
import { updateStaged } from './import-session';
import { valueColumnChoice } from './value-column';

const KEYS: readonly ColumnType[] = ['bps_code', 'kemendagri_code', 'region_name'];

/**
 * The preview after the user set column `index` to `type`. A key type makes it the kab/kota
 * column, read in that system; a number makes it a value column (never the key); text or ignore
 * takes it out of both. When the key column stops being a key, the next likely one is taken.
 */
export function retypedStaged(s: Staged, index: number, type: ColumnType): Partial<Staged> {
  const types = { ...s.types, [index]: type };
  const effective = withColumnTypes(s.profiles, types);
  const columns = { ...s.columns };
  if (type === 'number') {
    columns[index] = columns[index] ?? valueColumnChoice(s.read.table.header[index] ?? '', true);
  } else delete columns[index];
  let regionColumn = s.regionColumn;
  let system = s.system;
  if (KEYS.includes(type)) {
    regionColumn = index;
    system = type === 'bps_code' ? 'bps' : type === 'kemendagri_code' ? 'kemendagri' : 'name';
  } else if (regionColumn === index) {
    regionColumn = guessRegionColumn(effective.filter((p) => p.index !== index));
    system = regionColumn === null ? 'name' : codeSystemOf(effective[regionColumn]?.kind ?? 'text');
  }
  const keyChanged = regionColumn !== s.regionColumn || system !== s.system;
  return { types, columns, regionColumn, system, ...(keyChanged ? { fixes: new Map() } : {}) };
}

export function retypeColumn(atlas: Atlas, index: number, type: ColumnType): void {
  const s = atlas.importSession.getState().staged;
  if (s) updateStaged(atlas, retypedStaged(s, index, type));
}
