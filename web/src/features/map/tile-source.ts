import type { VectorSourceSpecification } from 'maplibre-gl';

/**
 * The map's own geometry as pre-built vector tiles under public/tiles (made by `npm run data`,
 * scripts/data/vector-tiles.ts). One source, four layers.
 */
export const ATLAS_SOURCE = 'atlas';
export const TILE_LAYERS = ['regions', 'provinces', 'labels', 'context'] as const;
export type TileLayer = (typeof TILE_LAYERS)[number];

/**
 * Deepest zoom with tiles: z8 holds the boundaries at ≈ 38 m per tile unit, finer than the
 * published topology's 10–25 m quantisation after simplification; deeper zooms overzoom z8.
 */
export const TILE_MAX_ZOOM = 8;
/** West, south, east, north: Indonesia and the neighbouring land drawn for context. */
export const TILE_BOUNDS: readonly [number, number, number, number] = [92, -16.5, 145.5, 12.5];

/** Tile URL template for this page: absolute (requests come from MapLibre's worker), same origin. */
export function tilesUrlFor(baseUri: string): string {
  return `${new URL('tiles/', baseUri).href}{z}/{x}/{y}.pbf`;
}

export function atlasSource(baseUri: string): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [tilesUrlFor(baseUri)],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM,
    bounds: [...TILE_BOUNDS],
    // Feature state (the choropleth colour, hover) is keyed by the Kemendagri code.
    promoteId: { regions: 'kemendagri_code' },
  };
}
