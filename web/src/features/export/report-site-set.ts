import type { Lang } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import type { ScoredRow } from '../../domain/scoring/score-types';
import { translate } from '../../i18n/messages';
import { bindingText, causeText, type NameOf, passedOverText } from '../../i18n/site-set-text';
import type { SiteSetState } from '../../store/scoring-slice';

export interface ReportLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly indent?: number;
}

/**
 * The PDF's "Pilih N lokasi" section: the solver's status, the chosen set (rank, score, province),
 * the binding limits and why higher-scoring kab/kota were passed over. Empty without a site set.
 */
export function siteSetReportLines(
  state: SiteSetState | null,
  forSeq: number,
  rows: readonly ScoredRow[],
  lang: Lang,
  name: NameOf,
): ReportLine[] {
  const o = state && state.forSeq === forSeq && !state.solving ? state.outcome : null;
  if (!o) return [];
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);
  const out: ReportLine[] = [{ text: t('siteSetHeading'), size: 12, bold: true }];
  if (o.status === 'error') return [...out, { text: t('siteSetError', { detail: o.detail }), size: 10 }];
  if (o.status === 'infeasible')
    return [
      ...out,
      { text: t('siteSetInfeasible'), size: 10, bold: true },
      ...o.causes.map((c) => ({ text: causeText(c, lang, name), size: 9, indent: 4 })),
    ];
  const byCode = new Map(rows.map((r) => [r.kemendagri_code, r]));
  const score = (v: number) => formatNumber(Math.round(v * 10000) / 10000, lang);
  out.push({
    text: t('siteSetOptimal', {
      k: o.chosen.length,
      n: state?.candidates ?? 0,
      sum: score(o.objective),
      ms: Math.round(state?.ms ?? 0),
    }),
    size: 10,
  });
  const chosen = [...o.chosen].sort((a, b) => (byCode.get(a)?.rank ?? 0) - (byCode.get(b)?.rank ?? 0));
  const m = state?.membership;
  chosen.forEach((code, i) => {
    const r = byCode.get(code);
    const share = m ? ` · ${t('inSetShare', { p: `${Math.round((m.share[code] ?? 0) * 100)} %` })}` : '';
    out.push({
      text: `${i + 1}. ${name(code)} (${r?.bps_code ?? '—'} / ${code}) · ${name(code.slice(0, 2))} · #${r?.rank ?? '—'} · ${r?.score === null || r?.score === undefined ? '—' : score(r.score)}${share}`,
      size: 9,
      indent: 4,
    });
  });
  if (m) {
    const close = Object.entries(m.share)
      .filter(([c, p]) => p >= 0.2 && !o.chosen.includes(c))
      .sort((a, b) => b[1] - a[1])
      .map(([c, p]) => `${name(c)} ${Math.round(p * 100)} %`);
    out.push({ text: t('membershipNote', { solved: m.solved, draws: m.draws }), size: 8 });
    if (close.length > 0) out.push({ text: t('membershipContenders', { list: close.join(', ') }), size: 8 });
  }
  out.push({ text: `${t('siteSetBinding')}: ${o.binding.map((b) => bindingText(b, lang, name)).join('; ')}`, size: 9 });
  if (o.passedOver.length > 0) {
    out.push({ text: t('siteSetPassed'), size: 9, bold: true });
    for (const p of o.passedOver.slice(0, 15))
      out.push({ text: `#${byCode.get(p.code)?.rank ?? '—'} ${passedOverText(p, lang, name)}`, size: 8, indent: 4 });
  }
  return out;
}
