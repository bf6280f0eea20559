import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm, parseCriterionId } from './criteria';

describe('haversineKm', () => {
  // References computed independently with Vincenty's great-circle formula (atan2 form) on a
  // sphere of radius 6,371.0088 km (IUGG mean Earth radius), in Python's math module.
  it('matches independent great-circle references to 1 mm', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(Math.abs(haversineKm(119.870914, -0.737198, 122.072848, -2.9428) - 346.4506507922706)).toBeLessThan(1e-6); // PPIRT Palu → IMIP
    expect(Math.abs(haversineKm(106.8456, -6.2088, 115.2126, -8.6705) - 962.205446087304)).toBeLessThan(1e-6); // Jakarta → Denpasar
    expect(Math.abs(haversineKm(95.3238, 5.5483, 140.7181, -2.5916) - 5122.152493214838)).toBeLessThan(1e-6); // Banda Aceh → Jayapura
    expect(haversineKm(120, -1, 120, -1)).toBe(0);
  });

  it('parses criterion ids', () => {
    expect(parseCriterionId('dist:port')).toEqual({
      kind: 'dist',
      facility: 'port',
      word: null,
      maxRank: null,
      operating: false,
    });
    expect(parseCriterionId('dist:sentra~Kelapa')).toEqual({
      kind: 'dist',
      facility: 'sentra',
      word: 'kelapa',
      maxRank: null,
      operating: false,
    });
    expect(parseCriterionId('count:port:50')).toEqual({
      kind: 'count',
      facility: 'port',
      word: null,
      km: 50,
      maxRank: null,
      operating: false,
    });
    // Port classes: this class or higher (1 utama … 4 pengumpan lokal); only ports have one.
    expect(parseCriterionId('dist:port@pengumpul')).toMatchObject({ kind: 'dist', facility: 'port', maxRank: 2 });
    expect(parseCriterionId('count:port@utama:100')).toMatchObject({ kind: 'count', maxRank: 1, km: 100 });
    expect(parseCriterionId('dist:port@besar')).toBeNull();
    expect(parseCriterionId('dist:estate@pengumpul')).toBeNull();
    expect(parseCriterionId('dist:estate@operating')).toMatchObject({ facility: 'estate', operating: true });
    expect(parseCriterionId('dist:port@operating')).toBeNull();
    expect(parseCriterionId('count:sentra~rotan:100.5')).toEqual({
      kind: 'count',
      facility: 'sentra',
      word: 'rotan',
      km: 100.5,
      maxRank: null,
      operating: false,
    });
    expect(parseCriterionId('count:port:0')).toBeNull();
    expect(parseCriterionId('dist:airport')).toBeNull();
    expect(parseCriterionId('per_km2:kelapa_production')).toEqual({ kind: 'per_km2', indicator: 'kelapa_production' });
    expect(parseCriterionId('pop_2024')).toBeNull();
  });
});
