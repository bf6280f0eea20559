import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createObservationIndex } from '../data/observation-index';
import { parseJson, parseObservations, parsePoints, parseRegionTopology } from '../data/parse-files';
import { facilitiesFromPoints } from '../domain/scoring/candidates';
import type { Scenario } from '../domain/scoring/scenario';

/**
 * The app's embedded data read from `public/data` in Node, for tests and benchmarks (never
 * imported by browser code): the same tables the app loads, parsed by the app's own parsers.
 */
const root = resolve(import.meta.dirname, '../../..');
const pub = (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');

export const observationsCsv = pub('observations.csv');
export const regions = parseRegionTopology(
  'regions.topo.json',
  parseJson('regions.topo.json', pub('regions.topo.json')),
).features.map((f) => f.properties);
export const points = parsePoints('points.json', parseJson('points.json', pub('points.json')));
export const facilities = facilitiesFromPoints(points);
export const observationIndex = createObservationIndex(parseObservations('observations.csv', observationsCsv));
export const headline = (indicator: string, code: string) =>
  observationIndex.headline(indicator).get(code)?.value ?? null;
/** The shipped example scenario (Sulawesi Tengah, coconut processing). */
export const exampleScenario = JSON.parse(
  readFileSync(resolve(root, 'scenarios/coconut-processing-sulteng.json'), 'utf8'),
) as Scenario;
