import { create } from 'zustand';
import type { ObservationIndex } from '../data/observation-index';
import type { RegionGeometry } from '../data/parse-files';
import type { Catalog, Observation, PointsFile } from '../domain/dataset-types';

export interface DataError {
  readonly file: string;
  readonly detail: string;
}

/**
 * The loaded datasets. Set once per load (immutable objects), kept apart from the UI store so
 * UI changes never copy or diff them.
 */
export interface DataState {
  readonly status: 'loading' | 'done';
  readonly regions: RegionGeometry | null;
  /** The catalog as shipped (catalog.json), and merged with the user's imports (what panels read). */
  readonly publishedCatalog: Catalog | null;
  readonly catalog: Catalog | null;
  /** observations.csv as shipped, and the index over it plus the user's imported values. */
  readonly publishedObservations: readonly Observation[] | null;
  readonly observations: ObservationIndex | null;
  readonly points: PointsFile | null;
  readonly errors: readonly DataError[];
}

export const useDataStore = create<DataState>()(() => ({
  status: 'loading',
  regions: null,
  publishedCatalog: null,
  catalog: null,
  publishedObservations: null,
  observations: null,
  points: null,
  errors: [],
}));
