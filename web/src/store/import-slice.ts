import type { CellProblem } from '../domain/import/build-import';
import type { ColumnProfile, ColumnType } from '../domain/import/column-types';
import type { NumberStyle } from '../domain/import/parse-number';
import type { ReadResult } from '../domain/import/read-file';
import type { CodeSystem } from '../domain/import/region-matcher';

/** What the user chose for one numeric column. */
export interface ColumnChoice {
  readonly on: boolean;
  readonly label: string;
  readonly unit: string;
  readonly aggregate: 'sum' | 'mean';
}

/** A file being imported: what was read, and every choice the user made in the preview. */
export interface Staged {
  readonly fileName: string;
  readonly data: ArrayBuffer;
  readonly read: ReadResult;
  /** What detection read each column as (shown beside the user's type). */
  readonly profiles: readonly ColumnProfile[];
  /** Column types the user set in the preview (index → type); the rest are as detected. */
  readonly types: Readonly<Record<number, ColumnType>>;
  readonly mode: 'table' | 'points';
  readonly regionColumn: number | null;
  readonly system: CodeSystem;
  /** Match against the kab/kota of this province (Kemendagri code) or all Indonesia (null). */
  readonly scope: string | null;
  readonly fixes: ReadonlyMap<number, string>;
  readonly style: NumberStyle;
  readonly styleCertain: boolean;
  readonly columns: Readonly<Record<number, ColumnChoice>>;
  readonly lonColumn: number | null;
  readonly latColumn: number | null;
  readonly labelColumn: number | null;
  readonly source: string;
  readonly year: string;
}

/** A file import in progress: the preview's choices, progress, the last result. */
export interface ImportSlice {
  readonly staged: Staged | null;
  /** Reading the file (loaded/total bytes), then parsing it in the worker (`parsing`). */
  readonly progress: {
    readonly fileName: string;
    readonly loaded: number;
    readonly total: number;
    readonly parsing?: boolean;
  } | null;
  readonly error: string | null;
  /** The last finished import: what it added, and the cells that could not be read. */
  readonly done: {
    readonly fileName: string;
    readonly values: number;
    readonly indicators: number;
    readonly problems: readonly CellProblem[];
    readonly unlocated: number;
  } | null;
  readonly problems: readonly CellProblem[];
}

export function createImportSlice(): ImportSlice {
  return { staged: null, progress: null, error: null, done: null, problems: [] };
}
