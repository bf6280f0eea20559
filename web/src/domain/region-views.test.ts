import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './dataset-types';
import { INITIAL_BOUNDS, viewBounds, viewById } from './region-views';

const catalog = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/catalog.json'), 'utf8'),
) as Catalog;

describe('region views', () => {
  it('opens on Central Sulawesi: the initial box is the catalog box of province 72', () => {
    expect(viewBounds(viewById('sulteng'), catalog.provinces)).toEqual(INITIAL_BOUNDS);
  });

  it('covers all provinces in the national view', () => {
    const [w, s, e, n] = viewBounds(viewById('indonesia'), catalog.provinces);
    expect(w).toBeLessThan(96);
    expect(e).toBeGreaterThan(140);
    expect(s).toBeLessThan(-10);
    expect(n).toBeGreaterThan(5);
  });
});
