/** RGB triplet 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, Apache-2.0), a sequential scheme that stays readable for
 * the common colour-vision deficiencies and in greyscale print.
 */
const YLGNBU_7: readonly Rgb[] = [
  [255, 255, 204],
  [199, 233, 180],
  [127, 205, 187],
  [65, 182, 196],
  [29, 145, 192],
  [34, 94, 168],
  [12, 44, 132],
];

/** "No data" must never look like a low value: neutral grey, not the pale end of the scale. */
export const NO_DATA_RGB: Rgb = [200, 200, 200];
/** Kab/kota outside the region in view: context only. */
export const OUT_OF_VIEW_RGB: Rgb = [236, 233, 226];

/** n colours (1 ≤ n ≤ 7) spread over the scale, light to dark. */
export function sequentialPalette(n: number): Rgb[] {
  if (n <= 0) return [];
  if (n === 1) return [YLGNBU_7[4] as Rgb];
  const out: Rgb[] = [];
  for (let i = 0; i < n; i++) {
    const idx = Math.round((i * (YLGNBU_7.length - 1)) / (n - 1));
    out.push(YLGNBU_7[Math.min(idx, YLGNBU_7.length - 1)] as Rgb);
  }
  return out;
}

export function rgbCss([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}
