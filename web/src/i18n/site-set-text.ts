import type { Lang } from '../domain/dataset-types';
import { formatNumber } from '../domain/format';
import type { Binding, Cause, ConstraintGroup, PassedOver } from '../domain/selection/site-set';
import { type MessageKey, translate } from './messages';

/** Names for codes: kab/kota "72.01" → "Kabupaten Banggai", province "72" → "Sulawesi Tengah". */
export type NameOf = (code: string) => string;

const GROUP: Record<ConstraintGroup, MessageKey> = {
  count: 'groupCount',
  province: 'groupProvince',
  spacing: 'groupSpacing',
  budget: 'groupBudget',
  must: 'groupMust',
  must_not: 'groupMustNot',
};

/** One wording of the site set's answer for the panel, the PDF and the CLI. */
export function causeText(c: Cause, lang: Lang, name: NameOf): string {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const km = (v: number) => formatNumber(Math.round(v * 10) / 10, lang);
  switch (c.kind) {
    case 'too_few_candidates':
      return t('causeTooFew', { available: c.available, k: c.k });
    case 'must_more_than_k':
      return t('causeMustMoreThanK', { must: c.must, k: c.k });
    case 'must_excluded':
      return t('causeMustExcluded', { codes: c.codes.map(name).join(', ') });
    case 'must_too_close':
      return t('causeMustTooClose', { a: name(c.a), b: name(c.b), km: km(c.km) });
    case 'must_over_cap':
      return t('causeMustOverCap', { must: c.must, province: name(c.province), cap: c.cap });
    case 'must_over_budget':
      return t('causeMustOverBudget', { cost: formatNumber(c.cost, lang), budget: formatNumber(c.budget, lang) });
    case 'group':
      return t('causeGroup', { group: t(GROUP[c.group]) });
  }
}

export function bindingText(b: Binding, lang: Lang, name: NameOf): string {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  switch (b.kind) {
    case 'count':
      return t('bindCount', { k: b.k });
    case 'province':
      return t('bindProvince', { province: name(b.province), cap: b.cap });
    case 'budget':
      return t('bindBudget', { used: formatNumber(b.used, lang), budget: formatNumber(b.budget, lang) });
    case 'must':
      return t('bindMust', { codes: b.codes.map(name).join(', ') });
  }
}

type Reason = PassedOver['reasons'][number];
type T = (k: MessageKey, v?: Record<string, string | number>) => string;

// A named function with a declared return type: TypeScript checks the switch is exhaustive.
function reasonText(r: Reason, t: T, lang: Lang, name: NameOf): string {
  switch (r.kind) {
    case 'must_not':
      return t('whyMustNot');
    case 'province_full':
      return t('whyProvinceFull', { province: name(r.province) });
    case 'too_close':
      return t('whyTooClose', { km: formatNumber(Math.round(r.km * 10) / 10, lang), to: name(r.to) });
    case 'no_cost':
      return t('whyNoCost');
    case 'over_budget':
      return t('whyOverBudget');
    case 'combination':
      return t('whyCombination');
  }
}

export function passedOverText(p: PassedOver, lang: Lang, name: NameOf): string {
  const t: T = (k, v) => translate(lang, k, v);
  const why = p.reasons.map((r) => reasonText(r, t, lang, name));
  return `${name(p.code)}: ${why.join('; ')}`;
}
