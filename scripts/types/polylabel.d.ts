// polylabel 2 ships no types: (polygon rings, precision) → [x, y] with a `distance` property.
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
