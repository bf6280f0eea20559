import { rgbCss } from '../../domain/palette';
import type { MapSummary } from '../../domain/report/map-summary';

/**
 * Draws the map's surroundings onto an exported image: title, legend, scenario summary, scale
 * bar, north arrow and attribution. Sizes scale with the image so a 3840×2160 export reads like a
 * 1920×1080 one.
 */
export function drawMapFrame(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  s: MapSummary,
  scale: { readonly km: number; readonly px: number },
  attribution: string,
  northLabel: string,
): void {
  const u = Math.max(1, h / 1080); // 1 at 1080 p
  const font = (px: number, bold = false) =>
    `${bold ? 'bold ' : ''}${Math.round(px * u)}px "Noto Sans", "DejaVu Sans", sans-serif`;
  const box = (x: number, y: number, bw: number, bh: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeStyle = '#9aa3ad';
    ctx.lineWidth = 1 * u;
    ctx.fillRect(x, y, bw, bh);
    ctx.strokeRect(x, y, bw, bh);
  };
  const pad = 16 * u;
  // Title bar.
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(0, 0, w, 78 * u);
  ctx.fillStyle = '#1f2328';
  ctx.font = font(30, true);
  ctx.textBaseline = 'top';
  ctx.fillText(s.title, pad, 10 * u, w - 2 * pad);
  ctx.font = font(18);
  ctx.fillStyle = '#5b6470';
  ctx.fillText(s.subtitle, pad, 48 * u, w - 2 * pad);

  // North arrow (top left, below the title).
  const nx = pad + 22 * u;
  const ny = 100 * u;
  ctx.fillStyle = '#1f2328';
  ctx.beginPath();
  ctx.moveTo(nx, ny);
  ctx.lineTo(nx + 12 * u, ny + 34 * u);
  ctx.lineTo(nx, ny + 26 * u);
  ctx.lineTo(nx - 12 * u, ny + 34 * u);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(18, true);
  ctx.textAlign = 'center';
  ctx.fillText(northLabel, nx, ny + 38 * u);
  ctx.textAlign = 'left';

  // Legend (bottom left).
  const row = 26 * u;
  const legendH = 44 * u + s.legend.length * row;
  const legendW = 420 * u;
  const lx = pad;
  const ly = h - legendH - 48 * u;
  box(lx, ly, legendW, legendH);
  ctx.fillStyle = '#1f2328';
  ctx.font = font(17, true);
  ctx.fillText(s.legendTitle, lx + 12 * u, ly + 10 * u, legendW - 24 * u);
  ctx.font = font(16);
  s.legend.forEach((item, i) => {
    const y = ly + 40 * u + i * row;
    ctx.fillStyle = rgbCss(item.rgb);
    ctx.fillRect(lx + 12 * u, y, 30 * u, 18 * u);
    ctx.strokeStyle = '#666';
    ctx.strokeRect(lx + 12 * u, y, 30 * u, 18 * u);
    ctx.fillStyle = '#1f2328';
    ctx.fillText(item.label, lx + 52 * u, y, legendW - 64 * u);
  });

  // Scenario summary (top right).
  if (s.scenario) {
    const lines = s.scenario.weights.map((x) => `${x.pct.toFixed(0)} %  ${x.label}`);
    const bw = 460 * u;
    const bh = 46 * u + lines.length * 24 * u;
    const bx = w - bw - pad - 50 * u;
    const by = 92 * u;
    box(bx, by, bw, bh);
    ctx.fillStyle = '#1f2328';
    ctx.font = font(17, true);
    ctx.fillText(`${s.scenario.method}: ${s.scenario.name}`, bx + 12 * u, by + 10 * u, bw - 24 * u);
    ctx.font = font(15);
    lines.forEach((l, i) => {
      ctx.fillText(l, bx + 12 * u, by + 38 * u + i * 24 * u, bw - 24 * u);
    });
  }

  // Scale bar (bottom right, above the attribution).
  const sx = w - pad - scale.px - 20 * u;
  const sy = h - 62 * u;
  box(sx - 10 * u, sy - 26 * u, scale.px + 20 * u, 40 * u);
  ctx.fillStyle = '#1f2328';
  ctx.fillRect(sx, sy, scale.px, 6 * u);
  ctx.fillRect(sx, sy - 6 * u, 2 * u, 12 * u);
  ctx.fillRect(sx + scale.px - 2 * u, sy - 6 * u, 2 * u, 12 * u);
  ctx.font = font(15);
  ctx.textAlign = 'center';
  ctx.fillText(`${scale.km} km`, sx + scale.px / 2, sy - 22 * u);
  ctx.textAlign = 'left';

  // Attribution (bottom strip).
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, h - 26 * u, w, 26 * u);
  ctx.fillStyle = '#3d444d';
  ctx.font = font(13);
  ctx.fillText(attribution, pad, h - 21 * u, w - 2 * pad);
}

/** A round scale-bar length (1, 2, 5 × 10ⁿ km) close to `targetPx` at `metresPerPx`. */
export function niceScale(metresPerPx: number, targetPx: number): { km: number; px: number } {
  const km = (metresPerPx * targetPx) / 1000;
  const pow = 10 ** Math.floor(Math.log10(km));
  const nice =
    [1, 2, 5, 10]
      .map((m) => m * pow)
      .filter((v) => v <= km)
      .pop() ?? pow;
  return { km: nice, px: (nice * 1000) / metresPerPx };
}
