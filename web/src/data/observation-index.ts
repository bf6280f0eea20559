import type { Observation } from '../domain/dataset-types';

/** Lookups over observations.csv, built once per load. */
export interface ObservationIndex {
  /** indicator → kemendagri code → the headline value shown on the map. */
  headline(indicator: string): ReadonlyMap<string, Observation>;
  /** Every observation of one kab/kota (headline and other reported figures). */
  forRegion(kemendagriCode: string): readonly Observation[];
}

const EMPTY = new Map<string, Observation>();

export function createObservationIndex(observations: readonly Observation[]): ObservationIndex {
  const heads = new Map<string, Map<string, Observation>>();
  const byRegion = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.headline) {
      let m = heads.get(o.indicator);
      if (!m) {
        m = new Map();
        heads.set(o.indicator, m);
      }
      m.set(o.kemendagri_code, o);
    }
    const list = byRegion.get(o.kemendagri_code) ?? [];
    list.push(o);
    byRegion.set(o.kemendagri_code, list);
  }
  return {
    headline: (indicator) => heads.get(indicator) ?? EMPTY,
    forRegion: (code) => byRegion.get(code) ?? [],
  };
}
