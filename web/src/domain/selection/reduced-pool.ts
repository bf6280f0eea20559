/** The parts of a candidate and of the limits the reduction reads (site-set.ts has the full types). */
interface Ranked {
  readonly code: string;
  readonly province: string;
  readonly score: number;
}
interface Limits {
  readonly k: number;
  readonly per_province_max?: number;
  readonly min_spacing_km?: number;
  readonly must?: readonly string[];
  readonly must_not?: readonly string[];
  readonly cost?: unknown;
}

/**
 * Without a spacing or a budget, only a province's best min(cap, K) candidates (by score, then
 * code) and the required ones can be in an optimal set: a chosen candidate outside them could be
 * swapped for an unchosen better one of its province without breaking the cap or the count. The
 * model is then built on those alone (83,000 rows with a cap of 1 become 38) — the same optimum.
 */
export function reducedPool<C extends Ranked>(c: readonly C[], p: Limits): readonly C[] {
  if ((p.min_spacing_km ?? 0) > 0 || p.cost) return c;
  const keep = Math.min(p.per_province_max ?? p.k, p.k);
  const must = new Set(p.must ?? []);
  const mustNot = new Set(p.must_not ?? []);
  const byProvince = new Map<string, C[]>();
  for (const x of c) {
    if (mustNot.has(x.code) || must.has(x.code)) continue;
    const list = byProvince.get(x.province);
    if (list) list.push(x);
    else byProvince.set(x.province, [x]);
  }
  const kept = new Set<string>(c.filter((x) => must.has(x.code)).map((x) => x.code));
  for (const list of byProvince.values())
    for (const x of [...list].sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1)).slice(0, keep))
      kept.add(x.code);
  return kept.size >= c.length ? c : c.filter((x) => kept.has(x.code));
}
