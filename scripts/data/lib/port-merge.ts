import { distance } from 'fastest-levenshtein';
import type { PortService, PortSource } from '../../../web/src/domain/dataset-types';
import { PORT_MERGE_KM } from '../../../web/src/domain/ports';
import { haversineKm } from '../../../web/src/domain/scoring/criteria';

/**
 * One port as one source record states it: a BIG Satu Peta feature, a BMKG list entry, a
 * Kemenhub 2017 or World Port Index row. Several records may name the same facility.
 */
export interface PortRecord {
  /** Stable reference of the record in its source: `bmkg:AC015`, `big-umum:ampana`, `kemenhub-MPN`. */
  readonly ref: string;
  readonly source: PortSource;
  readonly name: string;
  /** The kab/kota as the source writes it ('' when the source names none, as BMKG). */
  readonly statedKab: string;
  readonly lat: number;
  readonly lon: number;
  /** 1 utama … 4 pengumpan lokal, read from BIG's `hirrki`; null where the source has none. */
  readonly hierarchy: number | null;
  readonly service: PortService | null;
  readonly year: string;
  /** Where the record was read, as the compilation cites it. */
  readonly citation: string;
}

/**
 * Which source's coordinate wins among records that agree equally well. BIG and BMKG state
 * five or more decimals; DLCA is a DMS reading; Kemenhub 2017 was scraped; the WPI rounds to
 * 1–2 arc-minutes; a compiled centroid is no quay at all.
 */
export const SOURCE_PRIORITY: readonly PortSource[] = [
  'big_umum',
  'big_penyeberangan',
  'bmkg',
  'dlca',
  'kemenhub_2017',
  'wpi',
  'compiled',
];

/** Records this close, with a matching name, are one facility (see web/src/domain/ports.ts). */
export const MERGE_KM = PORT_MERGE_KM;
/** A pair sharing a place word this close that is not merged must be decided in the decisions file. */
export const REVIEW_KM = 25;
/** A pair with the same place words this close must be decided (Ampana 2017 is 111 km off). */
export const SAME_NAME_KM = 150;
/** Records this close must be decided even with different names (one quay, two names?). */
export const NEAR_KM = 0.5;

// Words that name the kind of place, not the place.
const GENERIC = new Set([
  'pelabuhan',
  'laut',
  'penyeberangan',
  'penyebrangan',
  'ferry',
  'perikanan',
  'pantai',
  'daerah',
  'new',
  'port',
  'pulau',
  'terminal',
  'petikemas',
  'cabang',
  'persero',
  'indonesia',
  'incl',
  'oil',
  'kab',
  'kota',
  'sungai',
  'haji',
  // "harbour" in place names (Labuhan Lombok, Labuan Aji): a kind, not a place.
  'labuhan',
  'labuan',
]);

/**
 * The place words of a port name: lower case, hyphens closed up ("Toli-toli" → "tolitoli"),
 * doubled letters folded ("Makassar" ≡ "Makasar"), generic words dropped, "Tg." read as tanjung.
 */
export function nameTokens(name: string): string[] {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f']/g, '')
    .replace(/(\w)-(\w)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .map((w) => (w === 'tg' ? 'tanjung' : w))
    .map((w) => w.replace(/(.)\1+/g, '$1'))
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
  return [...new Set(words)];
}

/** Two names match when they share a place word; words of 6+ letters may differ by one letter. */
export function namesMatch(a: string, b: string): boolean {
  const tb = nameTokens(b);
  return nameTokens(a).some((x) => tb.some((y) => x === y || (x.length >= 6 && y.length >= 6 && distance(x, y) <= 1)));
}

/** Both names have the same place words ("Ampana" and "Pelabuhan Ampana"). */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = new Set(nameTokens(b));
  return ta.length > 0 && ta.length === tb.size && ta.every((t) => tb.has(t));
}

export type PairDecision = 'same' | 'distinct';
export interface Decision {
  readonly a: string;
  readonly b: string;
  readonly decision: PairDecision;
  readonly reason: string;
}

// A fisheries port merges only with a fisheries port: a name without "Perikanan" says nothing
// of a fisheries port, so it may not join one.
const servicesCompatible = (a: PortRecord, b: PortRecord) =>
  (a.service === 'perikanan') === (b.service === 'perikanan');

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface Cluster {
  readonly records: readonly PortRecord[];
  /** The record whose coordinate the facility takes. */
  readonly chosen: PortRecord;
  /** Records farther than MERGE_KM from the chosen coordinate: a disagreement between sources. */
  readonly disagreeing: ReadonlyArray<{ readonly record: PortRecord; readonly km: number }>;
}

export interface MergeResult {
  readonly clusters: readonly Cluster[];
  /** Pairs that need a decision and have none: the build fails on these. */
  readonly undecided: ReadonlyArray<{ readonly a: PortRecord; readonly b: PortRecord; readonly km: number }>;
  /** Decisions whose records are not in the input, or 'distinct' pairs that ended in one facility. */
  readonly badDecisions: readonly string[];
}

/**
 * Groups records into facilities. Same facility: a matching name within MERGE_KM, or a
 * 'same' decision. A same-name pair within REVIEW_KM, or any pair within NEAR_KM, that the rule
 * leaves apart must carry a decision; 'distinct' keeps a pair apart even when the rule merges it.
 */
export function mergePorts(records: readonly PortRecord[], decisions: readonly Decision[]): MergeResult {
  const byRef = new Map(records.map((r) => [r.ref, r]));
  if (byRef.size !== records.length) throw new Error('port records: duplicate ref');
  const decided = new Map(decisions.map((d) => [pairKey(d.a, d.b), d]));
  const badDecisions: string[] = [];
  for (const d of decisions) {
    for (const ref of [d.a, d.b]) if (!byRef.has(ref)) badDecisions.push(`decision ${d.a} / ${d.b}: no record ${ref}`);
  }
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  const review: Array<{ i: number; j: number; km: number }> = [];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i] as PortRecord;
      const b = records[j] as PortRecord;
      const km = haversineKm(a.lon, a.lat, b.lon, b.lat);
      const d = decided.get(pairKey(a.ref, b.ref));
      // A fisheries port is another facility than the public port of the same town.
      const match = servicesCompatible(a, b) && namesMatch(a.name, b.name);
      if (d?.decision === 'distinct') continue;
      if (d?.decision === 'same' || (match && km <= MERGE_KM)) union(i, j);
      else if ((match && km <= REVIEW_KM) || (sameName(a.name, b.name) && km <= SAME_NAME_KM) || km <= NEAR_KM)
        review.push({ i, j, km });
    }
  }
  const undecided = review
    .filter(({ i, j }) => find(i) !== find(j))
    .map(({ i, j, km }) => ({ a: records[i] as PortRecord, b: records[j] as PortRecord, km }));
  for (const d of decisions) {
    const a = byRef.get(d.a);
    const b = byRef.get(d.b);
    if (d.decision === 'distinct' && a && b && find(records.indexOf(a)) === find(records.indexOf(b)))
      badDecisions.push(`decision ${d.a} / ${d.b} says distinct, but other records join them into one facility`);
  }
  const groups = new Map<number, PortRecord[]>();
  records.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  const clusters = [...groups.values()].map(toCluster);
  return { clusters, undecided, badDecisions };
}

/**
 * The facility's coordinate is that of the record most other records agree with (within
 * MERGE_KM); among equals, the source earlier in SOURCE_PRIORITY. Never an average: every
 * coordinate shipped is one a source states.
 */
function toCluster(records: readonly PortRecord[]): Cluster {
  const km = (a: PortRecord, b: PortRecord) => haversineKm(a.lon, a.lat, b.lon, b.lat);
  const support = (r: PortRecord) => records.filter((o) => km(r, o) <= MERGE_KM).length;
  const rank = (r: PortRecord) => SOURCE_PRIORITY.indexOf(r.source);
  const sorted = [...records].sort(
    (a, b) => support(b) - support(a) || rank(a) - rank(b) || a.ref.localeCompare(b.ref),
  );
  const chosen = sorted[0] as PortRecord;
  const disagreeing = records
    .map((record) => ({ record, km: km(chosen, record) }))
    .filter((x) => x.km > MERGE_KM)
    .sort((a, b) => b.km - a.km);
  return { records: sorted, chosen, disagreeing };
}
