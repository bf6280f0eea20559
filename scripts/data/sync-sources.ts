/**
 * Copies the source files the pipeline needs from ../shared/data into data/sources/.
 * Only this script (and nothing the app or tests run) reads ../shared: a user's clone has
 * data/sources/ committed and can rebuild public/data with `npm run data` alone.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared/data');
const dest = join(root, 'data/sources');

export const GLYPH_RANGES = ['0-255', '256-511', '8192-8447'] as const;
export const GLYPH_FONTS = ['Noto Sans Regular', 'Noto Sans Medium'] as const;

/** [path under ../shared/data, path under data/sources] */
const FILES: ReadonlyArray<readonly [string, string]> = [
  ['compiled/README.md', 'compiled/README.md'],
  ['compiled/population_area_adm2.csv', 'compiled/population_area_adm2.csv'],
  ['compiled/population_sp2020_addendum.csv', 'compiled/population_sp2020_addendum.csv'],
  ['compiled/commodity_production_adm2.csv', 'compiled/commodity_production_adm2.csv'],
  ['compiled/coconut_production_adm2_v2.csv', 'compiled/coconut_production_adm2_v2.csv'],
  ['compiled/commodity_production_adm1.csv', 'compiled/commodity_production_adm1.csv'],
  ['compiled/imk_share_sulteng_2021.csv', 'compiled/imk_share_sulteng_2021.csv'],
  ['compiled/sentra_ikm.csv', 'compiled/sentra_ikm.csv'],
  ['compiled/sentra_ikm_addendum.csv', 'compiled/sentra_ikm_addendum.csv'],
  ['compiled/industrial_estates.csv', 'compiled/industrial_estates.csv'],
  ['compiled/ports.csv', 'compiled/ports.csv'],
  ['compiled/coconut_processors.csv', 'compiled/coconut_processors.csv'],
  ['compiled/ports_2024/README.md', 'compiled/ports_2024/README.md'],
  ['compiled/ports_2024/ports_scouted.csv', 'compiled/ports_2024/ports_scouted.csv'],
  ['raw/bmkg-maritim-pelabuhan-2025/PROVENANCE.md', 'bmkg-maritim/PROVENANCE.md'],
  ['raw/bmkg-maritim-pelabuhan-2025/pelabuhan.json', 'bmkg-maritim/pelabuhan.json'],
  ['derived/PROVENANCE.md', 'derived/PROVENANCE.md'],
  ['derived/crosswalk_adm2_bps2020_kemendagri2025.csv', 'derived/crosswalk_adm2_bps2020_kemendagri2025.csv'],
  ['raw/geoboundaries-idn-adm2-2020/PROVENANCE.md', 'geoboundaries/PROVENANCE.md'],
  ['raw/geoboundaries-idn-adm2-2020/idn_adm2_2020.geojson', 'geoboundaries/idn_adm2_2020.geojson'],
  ['raw/natural-earth-world-atlas-2.0.2/PROVENANCE.md', 'natural-earth/PROVENANCE.md'],
  ['raw/natural-earth-world-atlas-2.0.2/LICENSE', 'natural-earth/LICENSE'],
  ['raw/natural-earth-world-atlas-2.0.2/countries-10m.json', 'natural-earth/countries-10m.json'],
  ['raw/hdx-cod-ab-idn-tabular/PROVENANCE.md', 'cod-ab/PROVENANCE.md'],
  ['raw/idn-area-data-4.0.1/PROVENANCE.md', 'idn-area-data/PROVENANCE.md'],
  ['raw/idn-area-data-4.0.1/LICENSE-data-ODbL.md', 'idn-area-data/LICENSE-data-ODbL.md'],
  ['raw/nga-world-port-index/PROVENANCE.md', 'nga-world-port-index/PROVENANCE.md'],
  ['raw/kemenhub-pelabuhan-zackad-2017/PROVENANCE.md', 'kemenhub-pelabuhan/PROVENANCE.md'],
  ['raw/cahyadsn-wilayah-boundaries/PROVENANCE.md', 'cahyadsn-wilayah/PROVENANCE.md'],
  ['raw/cahyadsn-wilayah-boundaries/LICENSE', 'cahyadsn-wilayah/LICENSE'],
  ['raw/glyphs-noto-sans-basemaps-assets/PROVENANCE.md', 'glyphs/PROVENANCE.md'],
  ['raw/glyphs-noto-sans-basemaps-assets/Noto-OFL.txt', 'glyphs/Noto-OFL.txt'],
  // Latin, Latin Extended-A and punctuation cover every kab/kota name (the build checks it).
  ...GLYPH_FONTS.flatMap((font) =>
    GLYPH_RANGES.map(
      (range) => [`raw/glyphs-noto-sans-basemaps-assets/${font}/${range}.pbf`, `glyphs/${font}/${range}.pbf`] as const,
    ),
  ),
];

export function syncSources(): boolean {
  if (!existsSync(shared)) {
    console.log(`sync: ${shared} not found — using the committed data/sources/ as they are.`);
    return false;
  }
  for (const [from, to] of FILES) {
    const target = join(dest, to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(shared, from), target);
  }
  console.log(`sync: copied ${FILES.length} files from ../shared/data into data/sources/`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) syncSources();
