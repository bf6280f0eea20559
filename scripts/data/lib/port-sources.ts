import type { PointRecord, PortService, PortSource } from '../../../web/src/domain/dataset-types';
import type { Row } from './csv';
import { slug } from './points';
import type { PortRecord } from './port-merge';

/** The provinces whose ports come from the 2024 compilation (BIG Satu Peta + BMKG). */
export const PORT_2024_PROVINCES: ReadonlyArray<{ readonly code: string; readonly bmkg: string }> = [
  { code: '52', bmkg: 'Nusa Tenggara Barat' },
  { code: '72', bmkg: 'Sulawesi Tengah' },
  { code: '73', bmkg: 'Sulawesi Selatan' },
];

const serviceFromName = (name: string): PortService | null =>
  /perikanan/i.test(name) ? 'perikanan' : /penyeb|ferry/i.test(name) ? 'penyeberangan' : null;

/**
 * BMKG's maritime port list, read from the exact copy of its page payload (Nuxt "devalue":
 * every value is an index into one array). Only the three provinces' groups are read.
 */
export function readBmkgPorts(payload: unknown): PortRecord[] {
  if (!Array.isArray(payload)) throw new Error('bmkg-maritim/pelabuhan.json: expected an array');
  const at = (i: unknown) => payload[i as number];
  const groups = at(4) as number[];
  const out: PortRecord[] = [];
  for (const gi of groups) {
    const g = at(gi) as { province: number; ports: number };
    const province = at(g.province) as string;
    if (!PORT_2024_PROVINCES.some((p) => p.bmkg === province)) continue;
    for (const pi of at(g.ports) as number[]) {
      const p = at(pi) as { id: number; name: number; lat: number; lon: number };
      const id = at(p.id) as string;
      const name = at(p.name) as string;
      const lat = at(p.lat);
      const lon = at(p.lon);
      if (typeof lat !== 'number' || typeof lon !== 'number') throw new Error(`BMKG ${id}: no coordinate`);
      out.push({
        ref: `bmkg:${id}`,
        source: 'bmkg',
        name,
        statedKab: '',
        lat,
        lon,
        hierarchy: null,
        service: serviceFromName(name),
        year: '2025',
        citation: `BMKG, maritim.bmkg.go.id, port ${id} (copy of 2025-11-18 via eruvierda/weather-map-leaflet-mongodb)`,
      });
    }
  }
  return out;
}

const LAYER_SOURCE: Record<string, PortSource> = {
  BIG_pelabuhan_umum: 'big_umum',
  BIG_penyeberangan: 'big_penyeberangan',
  DLCA: 'dlca',
};

/**
 * BIG Satu Peta (pelabuhan umum, penyeberangan) and DLCA rows of the 2024 compilation. Its BMKG
 * rows are skipped: they are read from the exact copy instead of the transcription.
 */
export function readScoutedPorts(rows: readonly Row[]): PortRecord[] {
  const out: PortRecord[] = [];
  for (const r of rows) {
    const layer = r.layer ?? '';
    if (layer === 'BMKG_port_list') continue;
    const source = LAYER_SOURCE[layer];
    if (!source) throw new Error(`ports_scouted.csv: unknown layer "${layer}"`);
    const name = r.name ?? '';
    const h = /hirrki=(\d)/.exec(r.hierarchy ?? '');
    const prefix = source === 'big_umum' ? 'big-umum' : source === 'big_penyeberangan' ? 'big-ferry' : 'dlca';
    out.push({
      ref: `${prefix}:${slug(name)}`,
      source,
      name,
      statedKab: (r.kab_name ?? '').replace(/^Kab\s+/i, 'Kabupaten '),
      lat: Number(r.lat),
      lon: Number(r.lon),
      hierarchy: h ? Number(h[1]) : null,
      service: source === 'big_penyeberangan' ? 'penyeberangan' : source === 'big_umum' ? 'umum' : null,
      year: (r.year ?? '').slice(0, 4),
      citation: r.source_url_or_repo_path ?? '',
    });
  }
  return out;
}

/** A record of the national compilation (Kemenhub 2017, WPI, a compiled centroid) as a port record. */
export function fromCompiledPoint(p: PointRecord): PortRecord {
  const attr = (k: string) => p.attrs.find(([c]) => c === k)?.[1] ?? '';
  const source: PortSource = p.id.startsWith('kemenhub-')
    ? 'kemenhub_2017'
    : p.id.startsWith('wpi-')
      ? 'wpi'
      : 'compiled';
  if (p.lon === null || p.lat === null) throw new Error(`ports.csv ${p.id}: no coordinate`);
  return {
    ref: p.id,
    source,
    name: p.name,
    statedKab: attr('kab_kota_source'),
    lat: p.lat,
    lon: p.lon,
    hierarchy: null,
    service: null,
    year: p.year,
    citation: p.source,
  };
}
