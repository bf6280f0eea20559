import type { RegionProps } from '../dataset-types';
import { haversineKm } from '../scoring/criteria';

/**
 * The overland proxy (no road network in the data): kab/kota are nodes, polygons sharing a land
 * border are edges, weighted by the great-circle km between their inside points. Kab/kota in
 * different connected components (landmasses) are reachable only by sea.
 */
export interface AdjacencyGraph {
  readonly regions: readonly RegionProps[];
  readonly index: ReadonlyMap<string, number>;
  readonly neighbours: readonly (readonly number[])[];
  /** Landmass id per node (connected component; numbered by the lowest node index in it). */
  readonly landmass: readonly number[];
}

export function buildAdjacency(
  regions: readonly RegionProps[],
  neighbours: readonly (readonly number[])[],
): AdjacencyGraph {
  const landmass = new Array<number>(regions.length).fill(-1);
  for (let start = 0; start < regions.length; start++) {
    if (landmass[start] !== -1) continue;
    const stack = [start];
    landmass[start] = start;
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (const w of neighbours[v] ?? []) {
        if (landmass[w] === -1) {
          landmass[w] = start;
          stack.push(w);
        }
      }
    }
  }
  return { regions, index: new Map(regions.map((r, i) => [r.kemendagri_code, i])), neighbours, landmass };
}

function edgeKm(a: RegionProps, b: RegionProps): number {
  return haversineKm(a.label_lon, a.label_lat, b.label_lon, b.label_lat);
}

/**
 * Overland-proxy km from one kab/kota to every other (Dijkstra over shared borders); Infinity
 * where a sea crossing is required.
 */
export function overlandFrom(g: AdjacencyGraph, from: number): Float64Array {
  const n = g.regions.length;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  dist[from] = 0;
  // n is 514: a linear scan for the minimum is simpler than a heap and fast enough (< 1 ms).
  for (let k = 0; k < n; k++) {
    let v = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (!done[i] && (dist[i] as number) < best) {
        best = dist[i] as number;
        v = i;
      }
    }
    if (v === -1) break;
    done[v] = 1;
    const rv = g.regions[v] as RegionProps;
    for (const w of g.neighbours[v] ?? []) {
      const d = best + edgeKm(rv, g.regions[w] as RegionProps);
      if (d < (dist[w] as number)) dist[w] = d;
    }
  }
  return dist;
}

export function sameLandmass(g: AdjacencyGraph, a: string, b: string): boolean {
  const i = g.index.get(a);
  const j = g.index.get(b);
  return i !== undefined && j !== undefined && g.landmass[i] === g.landmass[j];
}

/**
 * Overland-proxy km from a kab/kota's inside point to a facility point in kab/kota `to`: the
 * border hops to `to`'s inside point (overlandFrom) plus the last leg from there to the facility;
 * a facility in the origin kab/kota is its straight distance. Every leg is a great-circle
 * segment, so the sum is never shorter than the straight line (triangle inequality). Infinity
 * where a sea crossing is required.
 */
export function overlandToPoint(
  g: AdjacencyGraph,
  hops: Float64Array,
  from: number,
  to: number,
  lon: number,
  lat: number,
): number {
  const o = g.regions[from] as RegionProps;
  if (to === from) return haversineKm(o.label_lon, o.label_lat, lon, lat);
  const t = g.regions[to] as RegionProps;
  const viaHops = hops[to] as number;
  return Number.isFinite(viaHops) ? viaHops + haversineKm(t.label_lon, t.label_lat, lon, lat) : viaHops;
}
