import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, roundGeometry, simplifyShared, topoFeatures } from './geometry';

const square = (
  x: number,
  y: number,
  code: string,
  prov: string,
): Feature<Polygon, { code: string; prov: string }> => ({
  type: 'Feature',
  properties: { code, prov },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('geometry helpers', () => {
  it('labelPoint falls inside a concave (C-shaped) polygon where the centroid would not', () => {
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 2],
          [3, 2],
          [3, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const [lon, lat] = labelPoint(c);
    // Centroid (~1.3, 1.5) is in the notch; the label must be in the solid left bar or arms.
    const inNotch = lon > 1 && lat > 1 && lat < 2;
    expect(inNotch).toBe(false);
  });

  it('simplifies neighbours as one topology: their shared edge stays one arc', () => {
    const { topo, objectName } = simplifyShared(
      [square(0, 0, 'a', 'P'), square(1, 0, 'b', 'P'), square(5, 5, 'c', 'Q')],
      1,
    );
    const fs = topoFeatures<{ code: string }>(topo, objectName);
    expect(fs.map((f) => f.properties.code)).toEqual(['a', 'b', 'c']);
    // a, b share the edge x=1: 2 arcs for the two outer parts + 1 shared + 1 for c.
    expect(topo.arcs.length).toBe(4);
  });

  it('roundGeometry drops repeated points created by rounding', () => {
    const g = roundGeometry<Polygon>(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.00001, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      4,
    );
    expect(g.coordinates[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});
