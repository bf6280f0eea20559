import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJson, parseRegionTopology } from '../data/parse-files';
import { parseRegionAliases } from '../domain/import/region-aliases';

/** The app's own region data and import fixtures, for Node tests. */
const root = resolve(import.meta.dirname, '../../..');
export const regionGeometry = parseRegionTopology(
  'regions.topo.json',
  parseJson('regions.topo.json', readFileSync(resolve(root, 'public/data/regions.topo.json'), 'utf8')),
);
export const regions = regionGeometry.features.map((f) => f.properties);
export const regionsByCode = new Map(regions.map((r) => [r.kemendagri_code, r]));
export const aliases = parseRegionAliases(readFileSync(resolve(root, 'public/data/region-aliases.csv'), 'utf8'));
export const fixture = (name: string) => readFileSync(resolve(root, 'fixtures/import', name));
export const fixtureText = (name: string) => fixture(name).toString('utf8');
