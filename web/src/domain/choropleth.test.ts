import { describe, expect, it } from 'vitest';
import { buildChoropleth } from './choropleth';
import type { Observation, RegionProps } from './dataset-types';
import { NO_DATA_RGB, OUT_OF_VIEW_RGB } from './palette';
import { viewById } from './region-views';

const region = (k: string, prov: string): RegionProps => ({
  kemendagri_code: k,
  bps_code: k.replace('.', ''),
  name: k,
  kind: 'kabupaten',
  kemendagri_prov_code: prov,
  bps_prov_code: prov,
  label_lon: 0,
  label_lat: 0,
});
const obs = (k: string, value: number): Observation => ({
  kemendagri_code: k,
  bps_code: '',
  indicator: 'x',
  value,
  year: '2020',
  source_id: 's1',
  note: '',
  headline: true,
});

describe('buildChoropleth', () => {
  const regions = [region('72.01', '72'), region('72.02', '72'), region('72.03', '72'), region('73.01', '73')];
  const headline = new Map([
    ['72.01', obs('72.01', 0)],
    ['72.02', obs('72.02', 10)],
    ['73.01', obs('73.01', 1000)],
  ]);

  it('keeps zero a value and a missing value "no data"', () => {
    const c = buildChoropleth(regions, headline, viewById('sulteng'));
    expect(c.fill.get('72.01')).toEqual(c.colours[0]);
    expect(c.fill.get('72.01')).not.toEqual(NO_DATA_RGB);
    expect(c.fill.get('72.03')).toEqual(NO_DATA_RGB);
    expect(c.withValue).toBe(2);
    expect(c.inView).toBe(3);
    expect(c.counts).toEqual([1, 1, 1]);
  });

  it('classes only the values in view and greys the rest as context', () => {
    const c = buildChoropleth(regions, headline, viewById('sulteng'));
    expect(c.breaks.upper[c.breaks.upper.length - 1]).toBe(10);
    expect(c.fill.get('73.01')).toEqual(OUT_OF_VIEW_RGB);
    const all = buildChoropleth(regions, headline, viewById('indonesia'));
    expect(all.breaks.upper[all.breaks.upper.length - 1]).toBe(1000);
  });
});
