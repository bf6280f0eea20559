import type { PointRecord, RegionProps } from '../domain/dataset-types';

/** What a click or hover hit on the map, in app terms. */
export type MapPick =
  | { readonly kind: 'region'; readonly region: RegionProps }
  | { readonly kind: 'point'; readonly point: PointRecord };
