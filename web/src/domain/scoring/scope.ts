import { type RegionViewId, viewById } from '../region-views';
import type { Scenario } from './scenario';

/** The scenario as run: its scope is the region in view (one province, or all Indonesia). */
export function inViewScope(s: Scenario, view: RegionViewId): Scenario {
  const p = viewById(view).provinceCode;
  return { ...s, scope: { provinces: p === null ? [] : [p] } };
}
