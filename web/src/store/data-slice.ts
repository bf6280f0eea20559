import type { ObservationIndex } from '../data/observation-index';
import type { RegionGeometry } from '../data/parse-files';
import type { Catalog, Observation, PointsFile } from '../domain/dataset-types';

export interface DataError {
  readonly file: string;
  readonly detail: string;
}

/**
 * The loaded datasets. Set once per load (immutable objects), so UI changes never copy or diff
 * them; the merged `catalog` and `observations` are kept in step by the user-data effect.
 */
export interface DataSlice {
  readonly status: 'loading' | 'done';
  readonly regions: RegionGeometry | null;
  /** The catalog as shipped (catalog.json), and merged with the user's imports (what panels read). */
  readonly publishedCatalog: Catalog | null;
  readonly catalog: Catalog | null;
  /** observations.csv as shipped (parsed and as text, for DuckDB), and the merged index. */
  readonly publishedObservations: readonly Observation[] | null;
  readonly observationsCsv: string | null;
  readonly observations: ObservationIndex | null;
  readonly points: PointsFile | null;
  readonly errors: readonly DataError[];
}

export function createDataSlice(): DataSlice {
  return {
    status: 'loading',
    regions: null,
    publishedCatalog: null,
    catalog: null,
    publishedObservations: null,
    observationsCsv: null,
    observations: null,
    points: null,
    errors: [],
  };
}
