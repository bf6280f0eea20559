import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog, parseJson } from '../../data/parse-files';
import { mapSummary } from '../../domain/report/map-summary';
import { sourcesOfRanking } from '../../domain/report/ranking-sources';
import { buildCandidates } from '../../domain/scoring/candidates';
import { scoreOracle } from '../../domain/scoring/oracle';
import { requiredColumns } from '../../domain/scoring/scenario';
import { inLanguage } from '../../domain/scoring/scenario-language';
import { buildScoreFill } from '../../domain/scoring/score-fill';
import { exampleScenario, facilities, headline, observationIndex, points, regions } from '../../engine/embedded-data';
import { computeSensitivity } from '../decision/use-sensitivity';
import type { ReportInput } from './report-input';
import { renderReportPdf } from './report-pdf';

const catalog = parseCatalog(
  'catalog.json',
  parseJson('catalog.json', readFileSync(resolve(import.meta.dirname, '../../../../public/data/catalog.json'), 'utf8')),
);
// A 1 × 1 PNG: the map is drawn by the browser; here only its place on the page matters.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function input(lang: 'id' | 'en'): ReportInput {
  const s = inLanguage(exampleScenario, lang); // as the app shows the shipped example
  const rows = scoreOracle(s, buildCandidates(regions, headline, facilities, requiredColumns(s)));
  const scoring = { scenario: s, fill: buildScoreFill(regions, rows, s.top_n), rows };
  return {
    lang,
    date: '2026-12-03',
    regionLabel: 'Sulawesi Tengah',
    summary: mapSummary({
      lang,
      regionLabel: 'Sulawesi Tengah',
      date: '2026-12-03',
      catalog,
      indicator: null,
      choropleth: null,
      scoring,
    }),
    map: { dataUrl: PNG, width: 1600, height: 900 },
    catalog,
    regions,
    result: { seq: 1, scenario: s, rows, sql: '', ms: 0 },
    siteSet: null,
    sensitivity: computeSensitivity(s, observationIndex, points, regions),
    sources: sourcesOfRanking(s, rows, (id) => observationIndex.headline(id)),
  };
}

/** The text a jsPDF page draws (uncompressed): every `(…) Tj` operand, unescaped. */
async function pdfText(blob: Blob): Promise<string> {
  // jsPDF's standard fonts are WinAnsi: bytes 0x80–0x9f are punctuation, not C1 controls.
  const winAnsi: Record<string, string> = {
    '\x96': '–',
    '\x97': '—',
    '\x95': '•',
    '\x85': '…',
    '\x93': '“',
    '\x94': '”',
  };
  const raw = Buffer.from(await blob.arrayBuffer())
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => winAnsi[c] ?? c);
  return [...raw.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1')).join('\n');
}

describe('the FGD report is a function of its snapshot (no store, no browser)', () => {
  it('lists every ranked kab/kota with both codes, its stability range, and the sources, in Bahasa Indonesia', async () => {
    const inp = input('id');
    const text = await pdfText(renderReportPdf(inp));
    const ranked = inp.result?.rows.filter((r) => r.rank !== null) ?? [];
    expect(ranked.length).toBe(12);
    for (const r of ranked) expect(text).toContain(`${r.bps_code} / ${r.kemendagri_code}`);
    expect(text).toContain('Tanggal: 2026-12-03');
    expect(text).toContain('Produksi kelapa — 2 dari 13 kab/kota di wilayah ini punya nilai');
    // Rank range over the weight draws, then (in brackets) with the missing values drawn too.
    expect(text).toMatch(/\n\d+–\d+ \(\d+–\d+\)\n/);
    expect(text).toContain('! Produksi kelapa: 2 dari 12 kandidat punya nilai; 10 diisi nilai terburuk.');
    expect(text).toMatch(/Halaman 1\/\d/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    // Issue 15: no JSON, no method jargon in English, no source from outside the region.
    expect(text).not.toMatch(/[{}]|"kind"/);
    expect(text).not.toMatch(/\b(minmax|worst|median|benefit|cost)\b/);
    expect(text).toContain('(manfaat; Min–maks)');
    for (const elsewhere of ['terassulbar', 'selayarnews', 'radarpalembang']) expect(text).not.toContain(elsewhere);
    expect(text).toContain('sulteng.antaranews.com');
  });

  it('in English the same report speaks English', async () => {
    const text = await pdfText(renderReportPdf(input('en')));
    expect(text).toContain('Date: 2026-12-03');
    expect(text).toMatch(/Page 1\/\d/);
    expect(text).not.toContain('Halaman');
    expect(text).toContain('Scenario: Coconut-processing sentra — Central Sulawesi');
    expect(text).toContain('Example for a coconut-processing Sentra IKM');
    expect(text).toContain('(benefit; Min–max)');
  });
});
