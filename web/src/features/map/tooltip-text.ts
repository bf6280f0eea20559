import type { ObservationIndex } from '../../data/observation-index';
import type { Catalog, Lang } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import { translate } from '../../i18n/messages';
import type { ScoringResult } from '../../store/scoring-slice';
import type { MapPick } from './map-pick';

export interface TooltipContext {
  readonly lang: Lang;
  readonly catalog: Catalog | null;
  readonly observations: ObservationIndex | null;
  readonly indicatorId: string;
  /** Set when the map shows a score. */
  readonly scoring: ScoringResult | null;
}

const LAYER_KEY = {
  sentra: 'layerSentra',
  estates: 'layerEstates',
  ports: 'layerPorts',
  processors: 'layerProcessors',
} as const;

/** Plain text (never HTML) for the hover tooltip: the indicator value with unit and year. */
export function tooltipText(pick: MapPick, ctx: TooltipContext): string {
  const { lang } = ctx;
  if (pick.kind === 'point') {
    const p = pick.point;
    const lines = [p.name, `${translate(lang, LAYER_KEY[p.layer])}${p.kind ? ` · ${p.kind}` : ''}`];
    if (p.approximate) lines.push(`(${translate(lang, 'coordinate')}: ${translate(lang, 'approximate')})`);
    lines.push(translate(lang, 'tooltipClick'));
    return lines.join('\n');
  }
  const r = pick.region;
  const ind = ctx.catalog?.indicators.find((i) => i.id === ctx.indicatorId);
  const lines = [r.name, `BPS ${r.bps_code} · Kemendagri ${r.kemendagri_code}`];
  if (ind) {
    const o = ctx.observations?.headline(ind.id).get(r.kemendagri_code);
    const value = o
      ? `${formatNumber(o.value, lang)} ${ind.unit[lang]} (${o.year || translate(lang, 'yearNotStated')})`
      : translate(lang, 'noData');
    const mark = o?.source_id.startsWith('edit:')
      ? ` [${translate(lang, 'typedBadge')}]`
      : ind.group === 'user' && o
        ? ` [${translate(lang, 'userDataBadge')}]`
        : '';
    lines.push(`${ind.label[lang]}: ${value}${mark}`);
  }
  const scored = ctx.scoring?.rows.find((x) => x.kemendagri_code === r.kemendagri_code);
  if (scored) {
    lines.push(
      scored.score === null
        ? translate(lang, 'excludedSwatch')
        : `${translate(lang, 'score')}: ${formatNumber(scored.score, lang)} · #${scored.rank}`,
    );
  }
  lines.push(translate(lang, 'tooltipClick'));
  return lines.join('\n');
}
