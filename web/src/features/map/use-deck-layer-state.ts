import { useMemo } from 'react';
import type { RegionProps } from '../../domain/dataset-types';
import { useData, useUserData, useView } from '../../store/hooks';

import { useCatchment, useRegionList } from '../../store/selectors';

import type { DeckLayerState } from './build-layers';

/** What the deck.gl layers are built from: points, selection, layer switches, catchment arcs. */
export function useDeckLayerState(): DeckLayerState {
  const points = useData((s) => s.points);
  const selection = useView((s) => s.selection);
  const layers = useView((s) => s.layers);
  const c = useCatchment();
  const regions = useRegionList();
  const imports = useUserData((s) => s.imports);
  return useMemo(() => {
    const byCode = new Map(regions.map((r) => [r.kemendagri_code, r]));
    const arcs =
      c && c.facility.lon !== null && c.facility.lat !== null
        ? c.catchment.regions
            .filter((r) => r.supply !== null && r.supply > 0)
            .map((r) => {
              const reg = byCode.get(r.kemendagri_code) as RegionProps;
              return {
                from: [reg.label_lon, reg.label_lat] as [number, number],
                to: [c.facility.lon as number, c.facility.lat as number] as [number, number],
                weight: r.supply as number,
              };
            })
        : [];
    return {
      points,
      visiblePointLayers: layers,
      selectedPoint: selection?.kind === 'point' ? selection.id : null,
      arcs,
      userPoints: imports.flatMap((i) => i.points),
    };
  }, [points, selection, layers, c, regions, imports]);
}
