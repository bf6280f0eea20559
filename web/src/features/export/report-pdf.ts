import { jsPDF } from 'jspdf';
import { formatNumber } from '../../domain/format';
import { namesOf } from '../../domain/region-names';
import {
  coverageText,
  criterionCoverage,
  displayRank,
  distinctTies,
  isImputed,
  ruleText,
  tieGroups,
  tieText,
} from '../../domain/scoring/coverage';
import { parseCriterionId } from '../../domain/scoring/criteria';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { methodTag } from '../../domain/scoring/method-tag';
import { ahp, groupMatrix } from '../../domain/weighting/ahp';
import { exclusionReason } from '../../i18n/exclusion-reason';
import { translate } from '../../i18n/messages';
import { SENSITIVITY } from '../decision/use-sensitivity';
import type { ReportInput } from './report-input';
import { siteSetReportLines } from './report-site-set';
import { REPORT_TEXT } from './report-text';

/** jsPDF's standard fonts are WinAnsi: characters outside it are replaced by close equivalents. */
export function pdfSafe(text: string): string {
  return text
    .replace(/≈/g, '~')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/→/g, '->')
    .replace(/×/g, 'x')
    .replace(/[‐‑]/g, '-')
    .replace(/[^\t\n\r\u0020-\u00ff–—‘’“”•…€]/g, '?');
}

/**
 * The one-click FGD report: the map (as on screen), the scenario's method and weights with AHP
 * consistency, the ranking with criterion contributions and rank stability, the sensitivity
 * summary, and every criterion's sources, years, coverage and caveats. In the input's language.
 * A pure function of the snapshot (report-input.ts): it reads no store, so it runs in Node too.
 */
export function renderReportPdf(input: ReportInput): Blob {
  const { lang, summary, catalog, result, sensitivity: sens } = input;
  const T = REPORT_TEXT[lang];
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  const W = 210;
  const M = 15;
  let y = M;
  const ensure = (h: number) => {
    if (y + h > 297 - M) {
      doc.addPage();
      y = M;
    }
  };
  const text = (s: string, size = 10, bold = false, indent = 0) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(pdfSafe(s), W - 2 * M - indent) as string[];
    for (const line of lines) {
      ensure(size * 0.45);
      doc.text(line, M + indent, y);
      y += size * 0.45;
    }
    y += 1;
  };
  text(T.heading, 16, true);
  text(summary.title, 13, true);
  text(`${T.date}: ${input.date} · ${T.region}: ${input.regionLabel} · ${T.produced}`, 9);
  const imgH = ((W - 2 * M) * input.map.height) / input.map.width;
  ensure(imgH);
  doc.addImage(input.map.dataUrl, 'PNG', M, y, W - 2 * M, imgH);
  y += imgH + 4;

  const s = result?.scenario;
  if (s && result) {
    text(`${T.scenario}: ${s.name}`, 12, true);
    text(`${T.method}: ${methodTag(s)}`, 10);
    text(T.weights, 11, true);
    const total = s.criteria.reduce((a, c) => a + c.weight, 0);
    for (const c of s.criteria)
      text(
        `${total > 0 ? formatNumber((100 * c.weight) / total, lang) : 0} % — ${criterionLabel(c.id, catalog, lang).label} (${c.direction === 'benefit' ? T.benefit : T.cost}; ${translate(lang, `norm_${c.normalisation.kind}`)})`,
        10,
        false,
        4,
      );
    if (s.weights_from) text(T.weightsFrom(s.weights_from), 10);
    if (s.ahp && s.ahp.participants.length > 0) {
      const g = ahp(groupMatrix(s.ahp.participants.map((p) => p.matrix as number[][])));
      text(T.ahp(g.cr === null ? '—' : formatNumber(g.cr, lang), g.consistent, s.ahp.participants.length), 10);
      if (s.ahp.accepted_inconsistent) text(T.ahpAccepted, 10, true);
      if (s.ahp.participants.length > 1)
        text(
          s.ahp.participants
            .map((p) => {
              const cr = ahp(p.matrix as number[][]).cr;
              return T.ahpParticipant(p.name, cr === null ? '—' : formatNumber(cr, lang));
            })
            .join('; '),
          9,
          false,
          4,
        );
    } else text(T.noAhp, 10);
    if (s.description) text(s.description, 9);

    // Coverage and ties before the ranking they qualify (docs/scoring.md).
    const coverage = criterionCoverage(s, result.rows);
    const ties = tieGroups(result.rows);
    text(T.coverageHeading, 11, true);
    for (const c of coverage)
      text(`${c.thin ? '! ' : ''}${coverageText(c, criterionLabel(c.id, catalog, lang).label, lang)}`, 9, c.thin, 4);
    for (const g of distinctTies(ties)) text(tieText(g, lang), 9, false, 4);

    // The chosen set answers the planners' question ("where do the ten go"): before the ranking.
    const names = namesOf(catalog, input.regions);
    for (const l of siteSetReportLines(input.siteSet, result.seq, result.rows, lang, names))
      text(l.text, l.size, l.bold ?? false, l.indent ?? 0);

    // Ranking with contributions and stability.
    const ranked = result.rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
    ensure(20);
    y += 2;
    text(`${T.ranking} (${ranked.length})`, 12, true);
    const head = [T.rank, T.name, 'BPS / Kemendagri', T.score, ...s.criteria.map((_, j) => `K${j + 1}`), T.stability];
    const colX = [
      M,
      M + 10,
      M + 58,
      M + 86,
      ...s.criteria.map((_, j) => M + 100 + j * 12),
      M + 100 + s.criteria.length * 12,
    ];
    const row = (cells: string[], bold = false) => {
      ensure(5);
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(8);
      for (const [i, c] of cells.entries()) doc.text(pdfSafe(c), colX[i] ?? M, y, { maxWidth: i === 1 ? 46 : 26 });
      y += 4.4;
    };
    row(head, true);
    for (const r of ranked) {
      const st = sens?.byCode.get(r.kemendagri_code);
      const tie = ties.get(r.kemendagri_code);
      row([
        displayRank(r.rank as number, tie),
        r.name.replace(/^Kabupaten /, 'Kab. '),
        `${r.bps_code} / ${r.kemendagri_code}`,
        formatNumber(r.score as number, lang),
        ...(r.contributions ?? []).map((k, j) => `${formatNumber(k, lang)}${isImputed(r, j) ? '*' : ''}`),
        `${tie ? T.tied(tie.first, tie.last) : st ? `${st.p5}–${st.p95}` : '—'}${st?.withMissing ? ` (${st.withMissing.min}–${st.withMissing.max})` : ''}`,
      ]);
    }
    text(s.criteria.map((c, j) => `K${j + 1} = ${criterionLabel(c.id, catalog, lang).label}`).join('; '), 8);
    text(T.imputedLegend(s.criteria.map((c, j) => `K${j + 1}: ${ruleText(c.missing, lang)}`).join('; ')), 8);
    if (ties.size > 0) text(T.tieLegend, 8);
    if (sens?.uncertainty.withMissing.anyMissing) text(T.missingRangeLegend, 8);
    const excluded = result.rows.filter((r) => r.excluded);
    if (excluded.length > 0)
      text(
        `${T.excluded}: ${excluded.map((r) => `${r.name} (${exclusionReason(s, r, lang, catalog)})`).join('; ')}`,
        8,
      );

    if (sens) {
      ensure(20);
      text(T.sensitivity, 12, true);
      const top = ranked.slice(0, Math.max(1, s.top_n));
      const stable = top.filter((r) => {
        const st = sens.byCode.get(r.kemendagri_code);
        return st && st.p95 - st.p5 <= 2;
      }).length;
      text(T.sensitivityText(SENSITIVITY.draws, SENSITIVITY.spread * 100, stable, top.length), 10);
      for (const r of top) {
        const st = sens.byCode.get(r.kemendagri_code);
        const range = st?.withMissing ? T.missingRange(st.withMissing.min, st.withMissing.max) : '';
        if (st)
          text(`${T.topProb(r.name, `${formatNumber(Math.round(st.pTop3 * 100), lang)} %`)}${range}`, 9, false, 4);
      }
      const reach = ranked
        .slice(top.length)
        .filter(
          (r) => (sens.byCode.get(r.kemendagri_code)?.withMissing?.min ?? Number.POSITIVE_INFINITY) <= top.length,
        );
      if (reach.length > 0) text(T.missingReach(reach.length, reach.map((r) => r.name).join(', ')), 9);
    }

    // Sources, years and coverage per criterion.
    ensure(20);
    text(T.sources, 12, true);
    const inView = result.rows.length;
    for (const c of s.criteria) {
      const ref = parseCriterionId(c.id);
      const label = criterionLabel(c.id, catalog, lang).label;
      if (!ref || !('indicator' in ref)) {
        text(`${label}: ${T.distances}`, 9);
        continue;
      }
      // Only the years and sources of the values this ranking read (its region), not the catalog's.
      const src = input.sources[ref.indicator];
      text(
        `${label} — ${T.coverage(src?.withValue ?? 0, inView)}; ${T.years} ${src?.years.join(', ') || '—'}`,
        9,
        true,
      );
      for (const sid of src?.sourceIds ?? [])
        text(catalog?.sources.find((x) => x.id === sid)?.citation ?? sid, 8, false, 4);
    }
  } else text(T.noRanking, 10);

  ensure(20);
  text(T.caveats, 12, true);
  // The map's caveats, then the coverage of every criterion (each line once).
  const caveats = new Set(summary.caveats);
  if (s && result)
    for (const c of criterionCoverage(s, result.rows))
      caveats.add(coverageText(c, criterionLabel(c.id, catalog, lang).label, lang));
  for (const c of caveats) text(`• ${c}`, 9);
  if (!s) for (const src of summary.sources) text(src, 8);

  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(`Sentra Atlas · ${T.page} ${i}/${pages}`, W - M, 297 - 8, { align: 'right' });
  }
  return doc.output('blob');
}
