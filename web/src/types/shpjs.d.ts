// shpjs ships no types; only the zip parser is used (never its URL-fetching entry point).
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  export function parseZip(buffer: ArrayBuffer | Uint8Array): Promise<FeatureCollection | FeatureCollection[]>;
}
