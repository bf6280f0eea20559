import { bboxClip, booleanPointInPolygon, point, area as turfArea } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AreaGeometry = Polygon | MultiPolygon;
/** Feature properties: a plain record (type aliases, not interfaces, satisfy it). */
export type Props = { [key: string]: unknown };
export type AreaFeature<P extends Props> = Feature<AreaGeometry, P>;

/** Rounds every coordinate to `decimals` places (4 ≈ 11 m): smaller files, same picture. */
export function roundGeometry<G extends AreaGeometry>(g: G, decimals: number): G {
  const f = 10 ** decimals;
  const r = (p: Position): Position => [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
  const ring = (ps: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of ps) {
      const q = r(p);
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  if (g.type === 'Polygon') {
    return { ...g, coordinates: g.coordinates.map(ring).filter((x) => x.length >= 4) };
  }
  return {
    ...g,
    coordinates: g.coordinates
      .map((poly) => poly.map(ring).filter((x) => x.length >= 4))
      .filter((poly) => poly.length > 0),
  };
}

/**
 * Simplifies a set of polygons as one topology, so two neighbours keep the same shared border
 * (a per-feature simplification would open slivers between them). Visvalingam weights; keeps
 * `keepFraction` of the vertices, then quantizes (delta-encoded integer arcs) for the browser.
 */
export function simplifyShared<P extends Props>(
  features: ReadonlyArray<AreaFeature<P>>,
  keepFraction: number,
  quantization = 2e5,
): { topo: Topology; objectName: string } {
  const objectName = 'areas';
  const fc: FeatureCollection<AreaGeometry, P> = { type: 'FeatureCollection', features: [...features] };
  // The typings disagree on null properties (GeoJSON allows them, topojson-simplify's don't).
  const pre = presimplify(topology({ [objectName]: fc }) as unknown as Parameters<typeof presimplify>[0]);
  // quantile(t, p) is the weight above which a fraction p of the vertices lies.
  const simplified = simplify(pre, quantile(pre, keepFraction));
  const quantized = quantize(simplified as unknown as Parameters<typeof quantize>[0], quantization);
  return { topo: quantized as unknown as Topology, objectName };
}

export function topoFeatures<P extends Props>(topo: Topology, objectName: string): AreaFeature<P>[] {
  const object = topo.objects[objectName] as GeometryCollection;
  const fc = feature(topo, object) as unknown as FeatureCollection<AreaGeometry, P>;
  return fc.features;
}

/**
 * A label/representative point guaranteed inside the region: the pole of inaccessibility of
 * its largest polygon. A centroid can fall in the sea for coastal or island kab/kota.
 */
export function labelPoint(g: AreaGeometry): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const p of polys) {
    const a = turfArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  if (!best) throw new Error('labelPoint: empty geometry');
  const [x, y] = polylabel(best as number[][][], 0.001);
  const lon = Math.round(x * 1e4) / 1e4;
  const lat = Math.round(y * 1e4) / 1e4;
  if (!booleanPointInPolygon(point([lon, lat]), { type: 'Polygon', coordinates: best })) {
    throw new Error(`labelPoint: ${lon},${lat} fell outside its polygon`);
  }
  return [lon, lat];
}

/** Clips polygons to a lon/lat box and drops what falls outside it. */
export function clipToBox<P extends Props>(
  features: ReadonlyArray<AreaFeature<P>>,
  box: [number, number, number, number],
): AreaFeature<P>[] {
  const out: AreaFeature<P>[] = [];
  for (const f of features) {
    const clipped = bboxClip(f as Feature<AreaGeometry>, box) as AreaFeature<P>;
    const coords = clipped.geometry.coordinates;
    if (coords.length > 0 && turfArea(clipped as Feature<AreaGeometry>) > 0) out.push(clipped);
  }
  return out;
}
