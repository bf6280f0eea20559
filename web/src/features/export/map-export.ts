import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PointLayerId } from '../../domain/dataset-types';
import type { MapSummary } from '../../domain/report/map-summary';
import { pointIcon } from '../map/point-icons';
import { drawMapFrame, niceScale } from './export-canvas';

export const EXPORT_SIZES = [
  [1280, 720],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
] as const;

export const ATTRIBUTION =
  'Sentra Atlas · batas/boundaries: BPS / OCHA ROAP (COD-AB) via geoBoundaries, CC BY 3.0 IGO · Natural Earth · MapLibre · deck.gl';

const loadImage = (url: string) =>
  new Promise<HTMLImageElement>((ok, fail) => {
    const img = new Image();
    img.onload = () => ok(img);
    img.onerror = () => fail(new Error('icon'));
    img.src = url;
  });

/**
 * Renders the map as it is framed now at width × height pixels, with the points and the frame
 * (title, legend, scenario, scale bar, north arrow, attribution), as a PNG blob. The on-screen
 * map is resized off-screen for the render and restored afterwards.
 */
export async function exportMapPng(
  map: MapLibreMap | null,
  args: {
    readonly width: number;
    readonly height: number;
    readonly summary: MapSummary;
    readonly points: readonly { readonly layer: PointLayerId; readonly lon: number; readonly lat: number }[];
    readonly userPoints: readonly { readonly lon: number; readonly lat: number }[];
    readonly northLabel: string;
    /** [west, south, east, north] to frame (the report's region); the map as on screen when left out. */
    readonly frame?: readonly [number, number, number, number];
  },
): Promise<Blob> {
  const m = map;
  if (!m) throw new Error('the map is not ready');
  const { width, height } = args;
  const pr = width > 1920 ? 2 : 1;
  const container = m.getContainer();
  const bounds = m.getBounds();
  const saved = container.getAttribute('style') ?? '';
  const savedRatio = m.getPixelRatio();
  try {
    container.setAttribute(
      'style',
      `${saved};position:fixed;left:-20000px;top:0;width:${width / pr}px;height:${height / pr}px`,
    );
    m.setPixelRatio(pr);
    m.resize();
    const target: [[number, number], [number, number]] = args.frame
      ? [
          [args.frame[0], args.frame[1]],
          [args.frame[2], args.frame[3]],
        ]
      : bounds.toArray();
    m.fitBounds(target, { animate: false, padding: { top: 90 / pr, bottom: 30 / pr, left: 10, right: 10 } });
    await new Promise<void>((ok) => {
      if (m.loaded() && !m.isMoving()) m.once('idle', () => ok());
      else m.once('idle', () => ok());
      m.triggerRepaint();
    });
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    // The WebGL buffer is read in the frame that drew it (no preserveDrawingBuffer needed).
    await new Promise<void>((ok) => {
      m.once('render', () => {
        ctx.drawImage(m.getCanvas(), 0, 0, width, height);
        ok();
      });
      m.triggerRepaint();
    });
    const icons = new Map<PointLayerId, HTMLImageElement>();
    for (const p of args.points) if (!icons.has(p.layer)) icons.set(p.layer, await loadImage(pointIcon(p.layer).url));
    const size = 17 * pr;
    for (const p of args.points) {
      const xy = m.project([p.lon, p.lat]);
      const img = icons.get(p.layer);
      if (img) ctx.drawImage(img, xy.x * pr - size / 2, xy.y * pr - size / 2, size, size);
    }
    ctx.fillStyle = '#c51b7d';
    ctx.strokeStyle = '#ffffff';
    for (const p of args.userPoints) {
      const xy = m.project([p.lon, p.lat]);
      ctx.beginPath();
      ctx.arc(xy.x * pr, xy.y * pr, 5 * pr, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
    const lat = m.getCenter().lat;
    const metresPerCssPx = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** m.getZoom());
    drawMapFrame(
      ctx,
      width,
      height,
      args.summary,
      niceScale(metresPerCssPx / pr, 200 * (height / 1080)),
      ATTRIBUTION,
      args.northLabel,
    );
    return await new Promise<Blob>((ok, fail) =>
      out.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    container.setAttribute('style', saved);
    m.setPixelRatio(savedRatio);
    m.resize();
    m.fitBounds(bounds, { animate: false });
  }
}
