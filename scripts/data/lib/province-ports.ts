import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PointRecord } from '../../../web/src/domain/dataset-types';
import { readCsv } from './csv';
import type { PolygonIndex } from './points';
import { buildPortFacilities } from './port-facilities';
import { type Decision, mergePorts, type PairDecision } from './port-merge';
import { fromCompiledPoint, PORT_2024_PROVINCES, readBmkgPorts, readScoutedPorts } from './port-sources';
import type { RegionRow } from './regions';

const inProvinces = (p: PointRecord) =>
  PORT_2024_PROVINCES.some(
    ({ code }) => p.kemendagri_code.startsWith(`${code}.`) || p.located_in.startsWith(`${code}.`),
  );

/**
 * The ports layer with Sulteng, Sulsel and NTB merged: the national compilation's records of
 * those provinces join BIG Satu Peta, BMKG and DLCA records, one point per port. Throws when a
 * pair that needs a decision has none (an unmerged duplicate) or a decision is stale.
 */
export function mergeProvincePorts(
  root: string,
  compiled: readonly PointRecord[],
  regions: ReadonlyMap<string, RegionRow>,
  index: PolygonIndex,
): { points: PointRecord[]; problems: string[]; report: string[]; replaced: string[] } {
  const src = (p: string) => join(root, 'data/sources', p);
  const local = compiled.filter(inProvinces);
  const records = [
    ...readScoutedPorts(readCsv(src('compiled/ports_2024/ports_scouted.csv'), ['layer', 'name', 'lat', 'lon'])),
    ...readBmkgPorts(JSON.parse(readFileSync(src('bmkg-maritim/pelabuhan.json'), 'utf8'))),
    ...local.map(fromCompiledPoint),
  ];
  const decisions: Decision[] = readCsv(join(root, 'data/port-decisions.csv'), ['a', 'b', 'decision', 'reason']).map(
    (r, i) => {
      if (r.decision !== 'same' && r.decision !== 'distinct')
        throw new Error(`data/port-decisions.csv:${i + 2}: decision must be same or distinct`);
      if (!r.reason?.trim()) throw new Error(`data/port-decisions.csv:${i + 2}: a decision needs its reason`);
      return { a: r.a ?? '', b: r.b ?? '', decision: r.decision as PairDecision, reason: r.reason };
    },
  );
  const merged = mergePorts(records, decisions);
  const errors = [
    ...merged.badDecisions,
    ...merged.undecided.map(
      (u) =>
        `undecided pair ${u.a.ref} / ${u.b.ref} ("${u.a.name}" / "${u.b.name}", ${u.km.toFixed(1)} km): add it to data/port-decisions.csv`,
    ),
  ];
  if (errors.length) throw new Error(`ports:\n  ${errors.join('\n  ')}`);
  const built = buildPortFacilities(merged.clusters, regions, index);
  const rest = compiled.filter((p) => !inProvinces(p));
  const report = [
    `${records.length} source records of Sulawesi Tengah, Sulawesi Selatan and NTB (BIG Satu Peta 2024, BMKG 2025, DLCA 2018, Kemenhub 2017, WPI) make ${built.points.length} ports; ${decisions.length} pair decisions in data/port-decisions.csv.`,
    '',
    ...built.disagreements.map((d) => `- ${d}`),
  ];
  return { points: [...rest, ...built.points], problems: built.problems, report, replaced: local.map((p) => p.id) };
}
