import { csvParseRows } from 'd3-dsv';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Catalog, Observation, PointLayerId, PointsFile, RegionProps } from '../domain/dataset-types';
import { OBSERVATION_COLUMNS, POINT_LAYERS } from '../domain/dataset-types';
import { DataFileError } from './data-file-error';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, `not valid JSON (${(e as Error).message})`);
  }
}

export function parseCatalog(file: string, json: unknown): Catalog {
  if (!isObject(json) || json.version !== 1) throw new DataFileError(file, 'expected a catalog with "version": 1');
  for (const key of ['datasets', 'indicators', 'provinces', 'sources'] as const) {
    if (!Array.isArray(json[key])) throw new DataFileError(file, `"${key}" must be a list`);
  }
  const indicators = json.indicators as unknown[];
  for (const [i, ind] of indicators.entries()) {
    if (!isObject(ind) || typeof ind.id !== 'string' || !isObject(ind.label) || !isObject(ind.unit)) {
      throw new DataFileError(file, `indicator #${i + 1} lacks id, label or unit`);
    }
  }
  return json as unknown as Catalog;
}

const OBS_COLUMNS = OBSERVATION_COLUMNS;

export function parseObservations(file: string, text: string): Observation[] {
  const rows = csvParseRows(text);
  const header = rows[0] ?? [];
  if (OBS_COLUMNS.some((c, i) => header[i] !== c)) {
    throw new DataFileError(file, `expected columns ${OBS_COLUMNS.join(',')}; found ${header.join(',') || 'none'}`);
  }
  const out: Observation[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] as string[];
    if (r.length === 1 && r[0] === '') continue;
    if (r.length !== OBS_COLUMNS.length)
      throw new DataFileError(file, `line ${i + 1}: ${r.length} fields, expected ${OBS_COLUMNS.length}`);
    const value = Number(r[3]);
    if (r[3] === '' || !Number.isFinite(value))
      throw new DataFileError(file, `line ${i + 1}: value "${r[3]}" is not a number`);
    out.push({
      kemendagri_code: r[0] as string,
      bps_code: r[1] as string,
      indicator: r[2] as string,
      value,
      year: r[4] as string,
      source_id: r[5] as string,
      note: r[6] as string,
      headline: r[7] === '1',
    });
  }
  return out;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

export interface RegionGeometry {
  readonly features: readonly RegionFeature[];
  /** Borders between provinces (shared arcs only; decoded when first read): the tile builder draws them. */
  readonly provinceBorders: MultiLineString;
  /** For each feature (same order), the indexes of the kab/kota sharing a border with it. */
  readonly neighbours: readonly (readonly number[])[];
}

export function parseRegionTopology(file: string, json: unknown): RegionGeometry {
  if (!isObject(json) || json.type !== 'Topology' || !isObject(json.objects) || !isObject(json.objects.regions)) {
    throw new DataFileError(file, 'expected a TopoJSON topology with an object "regions"');
  }
  const topo = json as unknown as Topology;
  const object = topo.objects.regions as GeometryCollection<RegionProps>;
  if (!Array.isArray(object.geometries) || !Array.isArray(topo.arcs)) {
    throw new DataFileError(file, 'topology lacks its geometries or arcs');
  }
  const arcCount = topo.arcs.length;
  for (const [i, g] of object.geometries.entries()) {
    const p = g.properties as Partial<RegionProps> | undefined;
    if (!p || typeof p.kemendagri_code !== 'string' || typeof p.bps_code !== 'string' || typeof p.name !== 'string') {
      throw new DataFileError(file, `region #${i + 1} lacks kemendagri_code, bps_code or name`);
    }
    if ((g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !validArcs(g.arcs, arcCount)) {
      throw new DataFileError(file, `region #${i + 1} (${p.kemendagri_code}) has no valid polygon arcs`);
    }
  }
  let neighbours: number[][];
  try {
    // Shared arcs = shared land borders; kab/kota separated by sea share none.
    neighbours = neighbors(object.geometries as Parameters<typeof neighbors>[0]);
  } catch (e) {
    throw new DataFileError(file, `topology could not be decoded (${(e as Error).message})`);
  }
  // Coordinates are decoded from the arcs when first read: the map draws pre-built tiles, and
  // decoding all 514 polygons (0.05–0.25 s on this machine's main thread) would delay its first
  // frame for geometry only search, imports and exports use.
  const features = object.geometries.map((g): RegionFeature => {
    let geometry: RegionFeature['geometry'] | undefined;
    return {
      type: 'Feature',
      properties: g.properties as RegionProps,
      get geometry() {
        geometry ??= (feature(topo, g) as unknown as RegionFeature).geometry;
        return geometry;
      },
    };
  });
  let provinceBorders: MultiLineString | undefined;
  const prov = (g: { properties?: unknown }) => (g.properties as RegionProps | undefined)?.kemendagri_prov_code;
  return {
    features,
    get provinceBorders() {
      provinceBorders ??= mesh(topo, object, (a, b) => a !== b && prov(a) !== prov(b));
      return provinceBorders;
    },
    neighbours,
  };
}

/** Every arc index of a Polygon/MultiPolygon (negative = reversed) points into the topology. */
function validArcs(arcs: unknown, count: number): boolean {
  if (!Array.isArray(arcs) || arcs.length === 0) return false;
  return arcs.every((a) =>
    Array.isArray(a)
      ? a.length > 0 && validArcs(a, count)
      : Number.isInteger(a) && (a as number) < count && ~(a as number) < count,
  );
}

export function parsePoints(file: string, json: unknown): PointsFile {
  if (!isObject(json)) throw new DataFileError(file, 'expected an object of point layers');
  const out = {} as Record<PointLayerId, PointsFile[PointLayerId]>;
  for (const layer of POINT_LAYERS) {
    const list = json[layer];
    if (!Array.isArray(list)) throw new DataFileError(file, `"${layer}" must be a list`);
    for (const [i, p] of list.entries()) {
      if (!isObject(p) || typeof p.id !== 'string' || typeof p.name !== 'string' || !Array.isArray(p.attrs)) {
        throw new DataFileError(file, `${layer} #${i + 1} lacks id, name or attrs`);
      }
    }
    out[layer] = list as PointsFile[PointLayerId];
  }
  return out;
}

export function parseFeatureCollection(file: string, json: unknown): FeatureCollection {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataFileError(file, 'expected a GeoJSON FeatureCollection');
  }
  return json as unknown as FeatureCollection;
}
