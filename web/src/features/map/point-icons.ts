import type { PointLayerId } from '../../domain/dataset-types';

/** ColorBrewer Dark2 hues (Apache-2.0), distinct under common colour-vision deficiencies. */
export const POINT_COLOURS: Record<PointLayerId, string> = {
  sentra: '#d95f02',
  estates: '#7570b3',
  ports: '#1f5f8b',
  processors: '#1b9e77',
};

/** A different shape per layer, so the layers differ without colour too. */
const SHAPES: Record<PointLayerId, string> = {
  sentra: '<circle cx="16" cy="16" r="10"/>',
  estates: '<rect x="6" y="6" width="20" height="20" rx="2"/>',
  ports: '<path d="M16 4 L28 26 L4 26 Z"/>',
  processors: '<path d="M16 3 L29 16 L16 29 L3 16 Z"/>',
};

export interface IconDef {
  readonly id: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

const cache = new Map<PointLayerId, IconDef>();

/** An inline SVG (data: URL — no request leaves the page) per point layer. */
export function pointIcon(layer: PointLayerId): IconDef {
  let icon = cache.get(layer);
  if (!icon) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><g fill="${POINT_COLOURS[layer]}" stroke="#ffffff" stroke-width="3">${SHAPES[layer]}</g></svg>`;
    icon = { id: layer, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, width: 32, height: 32 };
    cache.set(layer, icon);
  }
  return icon;
}
