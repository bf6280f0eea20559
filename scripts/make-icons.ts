/**
 * `npx tsx scripts/make-icons.ts`: draws the app icons (the favicon's design: a pale disc on the
 * app blue) as PNGs for the web app manifest. Output is committed under public/icons/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

function icon(size: number, maskable: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  // Maskable icons keep the design inside the central 80 % safe zone and fill the corners.
  const r = maskable ? size * 0.22 : size * 0.22;
  const corner = maskable ? 0 : size * 0.19;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const dx = Math.max(corner - x, 0, x - (size - 1 - corner));
      const dy = Math.max(corner - y, 0, y - (size - 1 - corner));
      const outside = corner > 0 && dx * dx + dy * dy > corner * corner;
      const inDisc = (x + 0.5 - c) ** 2 + (y + 0.5 - c) ** 2 <= r * r;
      const [R, G, B] = inDisc ? [255, 255, 204] : [34, 94, 168];
      png.data[i] = R;
      png.data[i + 1] = G;
      png.data[i + 2] = B;
      png.data[i + 3] = outside ? 0 : 255;
    }
  return PNG.sync.write(png);
}

const out = resolve(import.meta.dirname, '../public/icons');
mkdirSync(out, { recursive: true });
for (const size of [192, 512]) writeFileSync(resolve(out, `icon-${size}.png`), icon(size, false));
writeFileSync(resolve(out, 'icon-maskable-512.png'), icon(512, true));
