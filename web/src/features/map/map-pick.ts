import type { PickingInfo } from '@deck.gl/core';
import type { PointRecord, RegionProps } from '../../domain/dataset-types';

/** What a click or hover hit on the map, in app terms. */
export type MapPick =
  | { readonly kind: 'region'; readonly region: RegionProps }
  | { readonly kind: 'point'; readonly point: PointRecord };

/** The point under a deck.gl pick, if any (types only: no deck.gl code is loaded by this). */
export function pickedPoint(info: PickingInfo | null): PointRecord | null {
  if (!info?.object || !info.layer?.id.startsWith('points-')) return null;
  return info.object as PointRecord;
}
