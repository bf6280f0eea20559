/**
 * `npm run data`: derives public/data/ from data/ (and refreshes data/sources/ from ../shared
 * when it is there). Deterministic: running it twice writes identical bytes.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bbox as turfBbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  Catalog,
  IndicatorInfo,
  PointLayerId,
  PointRecord,
  PointsFile,
  ProvinceInfo,
  RegionProps,
} from '../../web/src/domain/dataset-types';
import { OBSERVATION_COLUMNS } from '../../web/src/domain/dataset-types';
import { DATASETS } from './datasets';
import { type Row, readCsv, toCsv } from './lib/csv';
import { type AreaGeometry, clipToBox, labelPoint, roundGeometry, simplifyShared, topoFeatures } from './lib/geometry';
import { buildObservations, type CommodityMapping } from './lib/observations';
import { buildPoints, createPolygonIndex, POINT_SPECS } from './lib/points';
import { mergeProvincePorts } from './lib/province-ports';
import { buildRegions, type RegionRow } from './lib/regions';
import { SourceRegistry } from './lib/sources';
import { GLYPH_FONTS, GLYPH_RANGES, syncSources } from './sync-sources';
import { buildVectorTiles } from './vector-tiles';

/**
 * Share of the geoBoundaries vertices kept for the web (Visvalingam). 0.35 still draws coastlines
 * and borders right at Central Sulawesi zoom, keeps the national TopoJSON near 0.3 MB gzip (budget
 * 1 MB) and the first map frame within budget in software WebGL (docs/decisions/0001).
 */
const REGION_KEEP_FRACTION = 0.35;
const COORD_DECIMALS = 4;
const INDONESIA_BOX: [number, number, number, number] = [90, -16, 145, 12];

type GbProps = {
  kemendagri_code: string;
  bps_code: string;
  is_admin_unit: boolean;
  shapeName: string;
};

export interface BuildResult {
  readonly files: Record<string, string>;
  readonly report: string;
}

export function buildData(root: string): BuildResult {
  const src = (p: string) => join(root, 'data/sources', p);
  const cc = (f: string) => src(`compiled/${f}`);

  const population = readCsv(cc('population_area_adm2.csv'), [
    'bps_code',
    'kemendagri_code',
    'name',
    'kemendagri_prov_code',
    'province',
    'pop_2024',
    'pop_2024_year',
    'pop_2024_source',
    'area_km2',
    'area_year',
    'area_source',
    'pop_sp2020',
    'pop_sp2020_year',
    'pop_sp2020_source',
    'pop_sp2020_precision',
  ]);
  const crosswalk = readCsv(src('derived/crosswalk_adm2_bps2020_kemendagri2025.csv'), [
    'bps_code',
    'kemendagri_code',
    'bps_prov_code',
    'bps_name_codab2020',
    'note',
  ]);
  const regions = buildRegions(population, crosswalk);
  const byK = new Map<string, RegionRow>(regions.map((r) => [r.kemendagri_code, r]));

  // --- Geometry ---------------------------------------------------------------------------
  const gb = JSON.parse(readFileSync(src('geoboundaries/idn_adm2_2020.geojson'), 'utf8')) as FeatureCollection<
    AreaGeometry,
    GbProps
  >;
  const admin = gb.features.filter((f) => f.properties.is_admin_unit);
  const nonAdmin = gb.features.filter((f) => !f.properties.is_admin_unit);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of admin) {
    const r = byK.get(f.properties.kemendagri_code);
    if (!r)
      problems.push(`boundary ${f.properties.shapeName}: unknown Kemendagri code ${f.properties.kemendagri_code}`);
    else if (r.bps_code !== f.properties.bps_code)
      problems.push(`boundary ${f.properties.shapeName}: BPS ${f.properties.bps_code} ≠ ${r.bps_code}`);
    if (seen.has(f.properties.kemendagri_code)) problems.push(`boundary: duplicate ${f.properties.kemendagri_code}`);
    seen.add(f.properties.kemendagri_code);
  }
  if (seen.size !== 514 || problems.length > 0)
    throw new Error(`boundaries: ${seen.size}/514 codes\n  ${problems.join('\n  ')}`);

  // Full-detail polygons locate points; simplified ones go to the browser.
  const pointIndex = createPolygonIndex(admin);
  const { topo, objectName } = simplifyShared(admin, REGION_KEEP_FRACTION);
  const simplified = topoFeatures<GbProps>(topo, objectName);
  const propsByCode = new Map<string, RegionProps>();
  const boxes = new Map<string, [number, number, number, number]>();
  for (const f of simplified) {
    const r = byK.get(f.properties.kemendagri_code) as RegionRow;
    const [label_lon, label_lat] = labelPoint(f.geometry);
    propsByCode.set(r.kemendagri_code, {
      kemendagri_code: r.kemendagri_code,
      bps_code: r.bps_code,
      name: r.name,
      kind: r.kind,
      kemendagri_prov_code: r.kemendagri_prov_code,
      bps_prov_code: r.bps_prov_code,
      label_lon,
      label_lat,
    });
    const [w, s, e, n] = turfBbox(f);
    const box = boxes.get(r.kemendagri_prov_code) ?? [180, 90, -180, -90];
    boxes.set(r.kemendagri_prov_code, [
      Math.min(box[0], w),
      Math.min(box[1], s),
      Math.max(box[2], e),
      Math.max(box[3], n),
    ]);
  }
  const regionObject = topo.objects[objectName] as GeometryCollection<GbProps | RegionProps>;
  const regionTopo: Topology = {
    type: 'Topology',
    ...(topo.bbox ? { bbox: topo.bbox.map((v) => Math.round(v * 1e4) / 1e4) as unknown as Topology['bbox'] } : {}),
    ...(topo.transform ? { transform: topo.transform } : {}),
    objects: {
      regions: {
        type: 'GeometryCollection',
        geometries: regionObject.geometries
          .map((g) => ({ ...g, properties: propsByCode.get((g.properties as GbProps).kemendagri_code) as RegionProps }))
          .sort((a, b) => a.properties.kemendagri_code.localeCompare(b.properties.kemendagri_code)),
      },
    },
    arcs: topo.arcs,
  };
  const provinces: ProvinceInfo[] = [...boxes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, box]) => {
      const member = regions.find((r) => r.kemendagri_prov_code === code) as RegionRow;
      return {
        kemendagri_prov_code: code,
        bps_prov_code: member.bps_prov_code,
        name: member.province,
        bbox: box.map((v) => Math.round(v * 1e3) / 1e3) as unknown as [number, number, number, number],
      };
    });

  // Basemap context: neighbouring countries (Natural Earth) and the inland non-admin polygons.
  const world = JSON.parse(readFileSync(src('natural-earth/countries-10m.json'), 'utf8')) as Topology;
  const countries = topoFeature(world, world.objects.countries as GeometryCollection) as FeatureCollection<
    AreaGeometry,
    { name: string }
  >;
  const neighbours = clipToBox(
    countries.features.filter((f) => String(f.id) !== '360'),
    INDONESIA_BOX,
  ).map((f) => ({ ...f, properties: { name: f.properties.name } }));
  const neighbourTopo = simplifyShared(neighbours, 0.3);
  const basemapFeatures = [
    ...topoFeatures<{ name: string }>(neighbourTopo.topo, neighbourTopo.objectName).map((f) => ({
      type: 'Feature' as const,
      properties: { kind: 'land', name: f.properties.name },
      geometry: roundGeometry(f.geometry, 3),
    })),
    ...nonAdmin.map((f) => ({
      type: 'Feature' as const,
      // geoBoundaries codes lakes/reservoirs and one forest block as non-admin units.
      properties: {
        kind: /danau|waduk|wadung/i.test(f.properties.shapeName) ? 'water' : 'land',
        name: f.properties.shapeName,
      },
      geometry: roundGeometry(f.geometry, COORD_DECIMALS),
    })),
  ].sort((a, b) =>
    `${a.properties.kind}${a.properties.name}`.localeCompare(`${b.properties.kind}${b.properties.name}`),
  );

  // --- Points -------------------------------------------------------------------------------
  const pointFiles: Record<PointLayerId, string[]> = {
    sentra: ['sentra_ikm.csv', 'sentra_ikm_addendum.csv'],
    estates: ['industrial_estates.csv'],
    ports: ['ports.csv'],
    processors: ['coconut_processors.csv'],
  };
  const points = {} as Record<PointLayerId, PointRecord[]>;
  for (const layer of Object.keys(pointFiles) as PointLayerId[]) {
    points[layer] = [];
    for (const file of pointFiles[layer]) {
      const rows = readCsv(cc(file), ['name', 'kemendagri_kab_code', 'lat', 'lng']);
      const columns = Object.keys(rows[0] ?? {});
      const built = buildPoints({ ...POINT_SPECS[layer], file }, rows, columns, byK, pointIndex);
      points[layer].push(...built.points);
      problems.push(...built.problems);
    }
  }
  // Sulteng, Sulsel and NTB: one port per facility, merged from BIG, BMKG, DLCA and the
  // national compilation's records of those provinces (data/port-decisions.csv decides pairs).
  const merged = mergeProvincePorts(root, points.ports, byK, pointIndex);
  points.ports = merged.points;
  // The merged records' own findings give way to those of the ports they became part of.
  const mergedAway = merged.replaced.map((id) => `ports ${id} `);
  const kept = problems.filter((p) => !mergedAway.some((m) => p.startsWith(m)));
  problems.length = 0;
  problems.push(...kept, ...merged.problems);
  const pointsFile: PointsFile = points;

  // --- Observations ---------------------------------------------------------------------------
  const sources = new SourceRegistry();
  const commodityMap = readCsv(join(root, 'data/commodity-map.csv'), [
    'file',
    'commodity',
    'metric',
    'unit',
    'indicator',
  ]) as unknown as CommodityMapping[];
  const observations = buildObservations(
    {
      regions,
      population,
      sp2020Addendum: readCsv(cc('population_sp2020_addendum.csv'), [
        'bps_code',
        'kemendagri_code',
        'pop_sp2020',
        'pop_sp2020_year',
        'pop_sp2020_source',
      ]),
      imk: readCsv(cc('imk_share_sulteng_2021.csv'), ['bps_code', 'kemendagri_code', 'value', 'year', 'source']),
      commodityAdm2: readCsv(cc('commodity_production_adm2.csv'), [
        'bps_code',
        'kemendagri_code',
        'commodity',
        'metric',
        'value',
        'unit',
        'year',
        'source',
      ]),
      coconutV2: readCsv(cc('coconut_production_adm2_v2.csv'), [
        'bps_code',
        'kemendagri_code',
        'metric',
        'value',
        'unit',
        'year',
        'source',
      ]),
      commodityMap,
      points: pointsFile,
      pointSources: {
        sentra:
          'Sentra Atlas list of Sentra IKM compiled from public pages (data/sources/compiled/sentra_ikm.csv + sentra_ikm_addendum.csv, 2026-11-22)',
        estates:
          'Sentra Atlas list of industrial estates and KEK compiled from public pages (data/sources/compiled/industrial_estates.csv, 2026-11-22)',
        ports:
          'Kemenhub SIMPEL 2017 + NGA World Port Index (data/sources/compiled/ports.csv, 2026-11-22); in Sulteng, Sulsel and NTB merged with BIG Satu Peta SARANA_PRASARANA 2024-07 (pelabuhan umum, penyeberangan) and the BMKG maritime port list 2025, one count per port',
        processors:
          'Sentra Atlas list of coconut processors compiled from public pages (data/sources/compiled/coconut_processors.csv, 2026-11-22)',
      },
    },
    sources,
  );

  // --- Catalog ------------------------------------------------------------------------------
  const defs = readCsv(join(root, 'data/indicators.csv'), [
    'id',
    'group',
    'label_id',
    'label_en',
    'unit_id',
    'unit_en',
    'description_id',
    'description_en',
    'caveat_id',
    'caveat_en',
  ]);
  const used = new Set(observations.map((o) => o.indicator));
  const indicators: IndicatorInfo[] = defs.map((d) => {
    const id = d.id ?? '';
    if (!used.has(id)) throw new Error(`data/indicators.csv: indicator ${id} has no values`);
    const heads = observations.filter((o) => o.indicator === id && o.headline);
    const byProvince: Record<string, number> = {};
    for (const o of heads) {
      const p = o.kemendagri_code.slice(0, 2);
      byProvince[p] = (byProvince[p] ?? 0) + 1;
    }
    const info: IndicatorInfo = {
      id,
      group: d.group as IndicatorInfo['group'],
      label: { id: d.label_id ?? '', en: d.label_en ?? '' },
      unit: { id: d.unit_id ?? '', en: d.unit_en ?? '' },
      description: { id: d.description_id ?? '', en: d.description_en ?? '' },
      ...(d.caveat_id ? { caveat: { id: d.caveat_id, en: d.caveat_en ?? '' } } : {}),
      coverage: { regions: heads.length, total: regions.length, by_province: byProvince },
      years: [...new Set(heads.map((o) => o.year))].sort(),
      source_ids: [...new Set(heads.map((o) => o.source_id))].sort(),
    };
    return info;
  });
  for (const id of used) {
    if (!defs.some((d) => d.id === id))
      throw new Error(`indicator ${id} has values but no definition in data/indicators.csv`);
  }
  const catalog: Catalog = { version: 1, datasets: DATASETS, indicators, provinces, sources: sources.list() };

  // Map labels use the shipped glyph ranges only: every character of every name must be in them.
  const outside = [
    ...new Set(regions.flatMap((r) => [...r.name]).filter((ch) => !glyphRangeCovers(ch.codePointAt(0) ?? 0))),
  ];
  if (outside.length > 0)
    throw new Error(`kab/kota names use characters outside the shipped glyph ranges: ${outside.join(' ')}`);

  // --- Serialise ------------------------------------------------------------------------------
  const fc = (features: unknown[]) =>
    `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  const files: Record<string, string> = {
    'regions.topo.json': `${JSON.stringify(regionTopo)}\n`,
    'basemap.geojson': fc(basemapFeatures),
    'observations.csv': toCsv(
      OBSERVATION_COLUMNS,
      observations.map((o) => ({ ...o, headline: o.headline ? 1 : 0 })),
    ),
    'points.json': `${JSON.stringify(pointsFile)}\n`,
    'catalog.json': `${JSON.stringify(catalog, null, 1)}\n`,
    'region-aliases.csv': toCsv(['kemendagri_code', 'bps_code', 'alias', 'source'], regionAliases(regions, crosswalk)),
  };

  const report = buildReport(files, indicators, pointsFile, problems, merged.report);
  return { files, report };
}

/**
 * Other names of a kab/kota, for matching users' tables: the BPS 2020 (COD-AB) name where it
 * differs from the Kemendagri 2025 one (renames such as Mamuju Utara → Pasangkayu, spellings such
 * as Mahakam Hulu → Mahakam Ulu). Names that only differ in the "Kabupaten" prefix are left out.
 */
function regionAliases(regions: readonly RegionRow[], crosswalk: readonly Row[]): Record<string, string>[] {
  const norm = (n: string) =>
    n
      .toLowerCase()
      .replace(/^(kabupaten|kab\.?)\s+/, '')
      .replace(/[^a-z0-9]/g, '');
  const byK = new Map(regions.map((r) => [r.kemendagri_code, r]));
  const out: Record<string, string>[] = [];
  for (const c of crosswalk) {
    const r = byK.get(c.kemendagri_code ?? '');
    const alias = (c.bps_name_codab2020 ?? '').trim();
    if (!r || alias === '' || norm(alias) === norm(r.name)) continue;
    // The COD-AB name has no "Kabupaten"; a kota keeps its "Kota" prefix.
    if (r.kind === 'kabupaten' && norm(alias) === norm(r.name.replace(/^Kabupaten\s+/, ''))) continue;
    out.push({
      kemendagri_code: r.kemendagri_code,
      bps_code: r.bps_code,
      alias,
      source: `BPS 2020 name (HDX COD-AB IDN ADM2) via crosswalk${c.note ? `: ${c.note}` : ''}`,
    });
  }
  return out.sort((a, b) => (a.kemendagri_code ?? '').localeCompare(b.kemendagri_code ?? ''));
}

function glyphRangeCovers(cp: number): boolean {
  return GLYPH_RANGES.some((r) => {
    const [lo, hi] = r.split('-').map(Number) as [number, number];
    return cp >= lo && cp <= hi;
  });
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function buildReport(
  files: Record<string, string>,
  indicators: readonly IndicatorInfo[],
  points: PointsFile,
  problems: readonly string[],
  portReport: readonly string[],
): string {
  const lines = [
    '# Data build report',
    '',
    'Written by `npm run data` (scripts/data/build.ts). Identical on every run with the same inputs.',
    '',
    '## Files (public/data)',
    '',
    '| file | raw | gzip |',
    '|---|---|---|',
  ];
  for (const [name, text] of Object.entries(files)) {
    lines.push(`| ${name} | ${kb(Buffer.byteLength(text))} | ${kb(gzipSync(text, { level: 9 }).length)} |`);
  }
  lines.push(
    '',
    '## Indicator coverage (kab/kota with a value)',
    '',
    '| indicator | all (of 514) | Sulteng 72 (of 13) | Sulsel 73 (of 24) | NTB 52 (of 10) | years |',
    '|---|---|---|---|---|---|',
  );
  for (const i of indicators) {
    const p = i.coverage.by_province;
    lines.push(
      `| ${i.id} | ${i.coverage.regions} | ${p['72'] ?? 0} | ${p['73'] ?? 0} | ${p['52'] ?? 0} | ${i.years.map((y) => y || '(not stated)').join('; ')} |`,
    );
  }
  lines.push(
    '',
    '## Points',
    '',
    '| layer | rows | with coordinates | approximate | inside stated kab/kota | in another kab/kota | at sea (no polygon) | no stated kab/kota |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [layer, list] of Object.entries(points) as [string, PointRecord[]][]) {
    const n = (c: PointRecord['location_check']) => list.filter((p) => p.location_check === c).length;
    lines.push(
      `| ${layer} | ${list.length} | ${list.filter((p) => p.lon !== null).length} | ${list.filter((p) => p.approximate).length} | ${n('inside')} | ${n('other_region')} | ${n('at_sea')} | ${n('no_stated_region')} |`,
    );
  }
  lines.push(
    '',
    'Ports at sea are expected (a port point sits on the water); they are counted above, not listed.',
    '',
    '## Ports of Sulteng, Sulsel and NTB: one point per port',
    '',
    'Records naming the same place within a few km are one port; the coordinate used is the one most other records agree with (then the better-stated source). Where sources disagree by more than that, it is listed here and shown in the port detail.',
    '',
    ...portReport,
    '',
    '## Findings (reported, not corrected)',
    '',
  );
  if (problems.length === 0) lines.push('None.');
  for (const p of problems) lines.push(`- ${p}`);
  return `${lines.join('\n')}\n`;
}

/** Rewrites public/tiles from the published files (old tiles removed: the set is exact). */
function writeTiles(dir: string, files: Record<string, string>): void {
  const tiles = buildVectorTiles({
    regionsTopoJson: files['regions.topo.json'] as string,
    basemapGeoJson: files['basemap.geojson'] as string,
  });
  rmSync(dir, { recursive: true, force: true });
  for (const [zxy, bytes] of tiles) {
    mkdirSync(join(dir, dirname(zxy)), { recursive: true });
    writeFileSync(join(dir, `${zxy}.pbf`), bytes);
  }
  console.log(`public/tiles: ${tiles.size} vector tiles`);
}

function main(): void {
  const root = resolve(import.meta.dirname, '../..');
  syncSources();
  const { files, report } = buildData(root);
  const out = join(root, 'public/data');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  writeTiles(join(root, 'public/tiles'), files);
  for (const font of GLYPH_FONTS) {
    mkdirSync(join(root, 'public/fonts', font), { recursive: true });
    for (const range of GLYPH_RANGES) {
      copyFileSync(
        join(root, 'data/sources/glyphs', font, `${range}.pbf`),
        join(root, 'public/fonts', font, `${range}.pbf`),
      );
    }
  }
  copyFileSync(join(root, 'data/sources/glyphs/Noto-OFL.txt'), join(root, 'public/fonts/Noto-OFL.txt'));
  writeFileSync(join(root, 'data/build-report.md'), report);
  console.log(report);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
