import { createObservationIndex } from '../data/observation-index';
import { mergedObservations } from '../domain/curation/derive-user-data';
import { catalogWithEdits } from '../domain/curation/merge-edits';
import type { RegionProps } from '../domain/dataset-types';
import { mergeCatalog } from '../domain/import/user-dataset';
import type { Atlas } from '../store/atlas';

/**
 * Keeps the data slice's merged catalog and observation index in step with the imports and the
 * typed edits: published → + imports → + edits (an edit wins over both). Returns stop.
 */
export function startUserDataMerge(atlas: Atlas): () => void {
  let last: unknown[] = [];
  const merge = () => {
    const d = atlas.data.getState();
    const u = atlas.userData.getState();
    const c = atlas.curation.getState();
    const inputs = [d.publishedCatalog, d.publishedObservations, d.regions, u.imports, c.edits, c.created];
    if (inputs.every((x, i) => x === last[i])) return;
    last = inputs;
    const regions = new Map<string, RegionProps>(
      d.regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]),
    );
    const edits = Object.values(c.edits);
    const observations = d.publishedObservations
      ? createObservationIndex(mergedObservations(d.publishedObservations, u.imports, edits))
      : null;
    const withImports = d.publishedCatalog ? mergeCatalog(d.publishedCatalog, u.imports, regions) : null;
    atlas.data.setState({
      catalog:
        withImports && observations
          ? catalogWithEdits(withImports, edits, c.created, (id) => observations.headline(id), regions)
          : withImports,
      observations,
    });
  };
  const stops = [atlas.data.subscribe(merge), atlas.userData.subscribe(merge), atlas.curation.subscribe(merge)];
  merge();
  return () => {
    for (const s of stops) s();
  };
}
