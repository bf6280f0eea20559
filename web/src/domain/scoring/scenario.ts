import type { Lang } from '../dataset-types';
import { fillTemplate, VALIDATION_EN, type ValidationKey, type ValidationVars } from '../validation-messages';
import { ahp, checkMatrix, groupMatrix } from '../weighting/ahp';
import { parseCriterionId } from './criteria';
import { type SiteSetSpec, validateSiteSet } from './site-set-spec';

export type { SiteSetSpec } from './site-set-spec';

export type Direction = 'benefit' | 'cost';
export type MissingRule = 'exclude' | 'worst' | 'median';
export type Method = 'wlc' | 'topsis' | 'wpm' | 'owa';
export const METHODS: readonly Method[] = ['wlc', 'topsis', 'wpm', 'owa'];

export type Normalisation =
  | { readonly kind: 'minmax' }
  /** Fixed range with clamping; also the fuzzy "linear" membership between two control points. */
  | { readonly kind: 'fixed'; readonly min: number; readonly max: number }
  | { readonly kind: 'rank' }
  | { readonly kind: 'zscore' }
  /** Fuzzy sigmoid membership 1 / (1 + e^(−(x − midpoint)/spread)). */
  | { readonly kind: 'sigmoid'; readonly midpoint: number; readonly spread: number };

export interface Criterion {
  /** See criteria.ts: ind:…, per_km2:…, per_capita:…, dist:estate|kek|port. */
  readonly id: string;
  readonly direction: Direction;
  readonly normalisation: Normalisation;
  /** Relative weight ≥ 0; weights are divided by their sum. */
  readonly weight: number;
  readonly missing: MissingRule;
}

export type Constraint =
  | {
      readonly kind: 'threshold';
      readonly criterion: string;
      readonly op: '>=' | '<=' | '>' | '<';
      readonly value: number;
    }
  | { readonly kind: 'region_kind'; readonly allow: readonly ('kabupaten' | 'kota')[] }
  | { readonly kind: 'exclude_regions'; readonly codes: readonly string[] }
  | { readonly kind: 'exclude_provinces'; readonly codes: readonly string[] }
  | { readonly kind: 'within_km'; readonly facility: 'estate' | 'kek' | 'port'; readonly km: number };

export interface Scenario {
  readonly version: 1;
  readonly name: string;
  readonly description?: string;
  /**
   * Optional: the name and description in each interface language (the shipped examples). While
   * the scenario's texts are still one of these, they follow the language (scenario-language.ts);
   * once edited they are the user's own and stay as written.
   */
  readonly translations?: Readonly<Partial<Record<Lang, ScenarioTexts>>>;
  /** Kemendagri province codes of the candidates; empty = all Indonesia. */
  readonly scope: { readonly provinces: readonly string[] };
  readonly method: Method;
  /**
   * OWA only: the exponent α of the quantifier Q(p) = p^α (> 0). α < 1 "any criterion good
   * enough", 1 = WLC, α > 1 "all criteria must be good".
   */
  readonly owa_alpha?: number;
  readonly criteria: readonly Criterion[];
  readonly constraints: readonly Constraint[];
  /** How many top kab/kota to outline on the map. */
  readonly top_n: number;
  /**
   * Optional AHP judgements (criteria order). When present, the weights used are the principal
   * eigenvector of the participants' element-wise geometric mean, not `criteria[].weight`.
   */
  readonly ahp?: {
    readonly participants: readonly { readonly name: string; readonly matrix: readonly (readonly number[])[] }[];
    /** The room applied these weights although the group CR was ≥ 0.10 (after a warning). */
    readonly accepted_inconsistent?: boolean;
  };
  /**
   * Optional: the weights used are computed from the candidates' data (entropy or CRITIC,
   * docs/scoring.md "Objective weights"), not `criteria[].weight`. Not together with `ahp`.
   */
  readonly weights_from?: 'entropy' | 'critic';
  /**
   * Optional "Pilih N lokasi": choose `k` ranked kab/kota maximising the sum of scores under the
   * given limits (docs/scoring.md, "Choosing a set of sites"). `provinces` narrows the choice to
   * candidates of these provinces (all ranked candidates when left out).
   */
  readonly site_set?: SiteSetSpec;
}

export interface ScenarioTexts {
  readonly name: string;
  readonly description?: string;
}

export interface FieldError {
  /** JSON path of the offending field, e.g. "criteria[1].weight". */
  readonly field: string;
  /** In English (CLI, tests); the app shows `key` with `vars` in the interface language. */
  readonly message: string;
  readonly key: ValidationKey;
  readonly vars?: ValidationVars;
}

export function fieldError(field: string, key: ValidationKey, vars?: ValidationVars): FieldError {
  return { field, key, ...(vars ? { vars } : {}), message: fillTemplate(VALIDATION_EN[key], vars) };
}

export type Validated =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks a scenario (from a file, a link or the UI) and names every wrong field. Known
 * indicators are checked when `knownIndicators` is given (the app's catalog).
 */
export function validateScenario(input: unknown, knownIndicators?: ReadonlySet<string>): Validated {
  const errors: FieldError[] = [];
  const err = (field: string, key: ValidationKey, vars?: ValidationVars) => errors.push(fieldError(field, key, vars));
  if (!isObj(input)) return { ok: false, errors: [fieldError('(root)', 'vRootObject')] };
  if (input.version !== 1) err('version', 'vVersion', { got: JSON.stringify(input.version) ?? 'undefined' });
  if (typeof input.name !== 'string' || input.name.trim() === '') err('name', 'vNonEmptyText');
  if (input.description !== undefined && typeof input.description !== 'string') err('description', 'vText');
  if (input.translations !== undefined) {
    const tr = input.translations;
    if (!isObj(tr)) err('translations', 'vText');
    else
      for (const [lang, x] of Object.entries(tr)) {
        if ((lang !== 'id' && lang !== 'en') || !isObj(x) || typeof x.name !== 'string')
          err(`translations.${lang}`, 'vText');
        else if (x.description !== undefined && typeof x.description !== 'string')
          err(`translations.${lang}.description`, 'vText');
      }
  }
  const scope = input.scope;
  if (
    !isObj(scope) ||
    !Array.isArray(scope.provinces) ||
    scope.provinces.some((p) => typeof p !== 'string' || !/^\d{2}$/.test(p))
  ) {
    err('scope.provinces', 'vProvinces');
  }
  if (!METHODS.includes(input.method as Method)) err('method', 'vMethod');
  if (input.method === 'owa' && (!isNum(input.owa_alpha) || input.owa_alpha <= 0 || input.owa_alpha > 100))
    err('owa_alpha', 'vOwaAlpha');
  if (!isNum(input.top_n) || input.top_n < 0 || !Number.isInteger(input.top_n)) err('top_n', 'vTopN');

  const checkCriterionId = (field: string, id: unknown) => {
    if (typeof id !== 'string') return err(field, 'vCriterionIdType');
    const ref = parseCriterionId(id);
    if (!ref) return err(field, 'vCriterionId', { id });
    if (ref.kind !== 'dist' && ref.kind !== 'count' && knownIndicators && !knownIndicators.has(ref.indicator))
      err(field, 'vUnknownIndicator', { id: ref.indicator });
  };

  if (!Array.isArray(input.criteria) || input.criteria.length === 0) err('criteria', 'vNonEmptyList');
  else {
    const seen = new Set<string>();
    for (const [i, c] of input.criteria.entries()) {
      const f = `criteria[${i}]`;
      if (!isObj(c)) {
        err(f, 'vObject');
        continue;
      }
      checkCriterionId(`${f}.id`, c.id);
      if (typeof c.id === 'string') {
        if (seen.has(c.id)) err(`${f}.id`, 'vTwice', { id: c.id });
        seen.add(c.id);
      }
      if (c.direction !== 'benefit' && c.direction !== 'cost') err(`${f}.direction`, 'vDirection');
      if (!isNum(c.weight)) err(`${f}.weight`, 'vNumber');
      else if (c.weight < 0) err(`${f}.weight`, 'vNegativeWeight');
      if (c.missing !== 'exclude' && c.missing !== 'worst' && c.missing !== 'median') err(`${f}.missing`, 'vMissing');
      const n = c.normalisation;
      if (!isObj(n)) {
        err(`${f}.normalisation`, 'vNormObject');
        continue;
      }
      switch (n.kind) {
        case 'minmax':
        case 'rank':
          break;
        case 'zscore':
          if (input.method === 'wpm' || input.method === 'owa') err(`${f}.normalisation`, 'vZscoreProduct');
          break;
        case 'fixed':
          if (!isNum(n.min) || !isNum(n.max) || n.max <= n.min) err(`${f}.normalisation`, 'vFixed');
          break;
        case 'sigmoid':
          if (!isNum(n.midpoint) || !isNum(n.spread) || n.spread <= 0) err(`${f}.normalisation`, 'vSigmoid');
          break;
        default:
          err(`${f}.normalisation.kind`, 'vNormKind');
      }
    }
    if (errors.length === 0 && input.criteria.every((c) => isObj(c) && c.weight === 0)) err('criteria', 'vAllZero');
  }

  if (!Array.isArray(input.constraints)) err('constraints', 'vList');
  else {
    for (const [i, c] of input.constraints.entries()) {
      const f = `constraints[${i}]`;
      if (!isObj(c)) {
        err(f, 'vObject');
        continue;
      }
      switch (c.kind) {
        case 'threshold':
          checkCriterionId(`${f}.criterion`, c.criterion);
          if (!['>=', '<=', '>', '<'].includes(c.op as string)) err(`${f}.op`, 'vOp');
          if (!isNum(c.value)) err(`${f}.value`, 'vNumber');
          break;
        case 'region_kind':
          if (!Array.isArray(c.allow) || c.allow.length === 0 || c.allow.some((k) => k !== 'kabupaten' && k !== 'kota'))
            err(`${f}.allow`, 'vAllow');
          break;
        case 'exclude_regions':
          if (!Array.isArray(c.codes) || c.codes.some((k) => typeof k !== 'string' || !/^\d{2}\.\d{2}$/.test(k)))
            err(`${f}.codes`, 'vRegionCodes', { example: '72.06' });
          break;
        case 'exclude_provinces':
          if (!Array.isArray(c.codes) || c.codes.some((k) => typeof k !== 'string' || !/^\d{2}$/.test(k))) {
            err(`${f}.codes`, 'vProvinceCodes');
          }
          break;
        case 'within_km':
          if (c.facility !== 'estate' && c.facility !== 'kek' && c.facility !== 'port')
            err(`${f}.facility`, 'vFacility');
          if (!isNum(c.km) || c.km <= 0) err(`${f}.km`, 'vPositiveNumber');
          break;
        default:
          err(`${f}.kind`, 'vConstraintKind');
      }
    }
  }
  if (input.ahp !== undefined) {
    const n = Array.isArray(input.criteria) ? input.criteria.length : 0;
    const a = input.ahp;
    if (!isObj(a) || !Array.isArray(a.participants) || a.participants.length === 0)
      err('ahp.participants', 'vNonEmptyList');
    else {
      for (const [k, p] of a.participants.entries()) {
        const f = `ahp.participants[${k}]`;
        if (!isObj(p) || typeof p.name !== 'string' || p.name.trim() === '') {
          err(`${f}.name`, 'vNonEmptyText');
          continue;
        }
        const m = p.matrix;
        if (
          !Array.isArray(m) ||
          m.length !== n ||
          m.some((row) => !Array.isArray(row) || row.length !== n || row.some((v) => !isNum(v)))
        ) {
          err(`${f}.matrix`, 'vMatrixShape', { n });
          continue;
        }
        for (const prob of checkMatrix(m as number[][], { onScale: true }))
          err(`${f}.matrix[${prob.i}][${prob.j}]`, prob.key, prob.vars);
      }
    }
  }
  if (input.site_set !== undefined) validateSiteSet(input.site_set, knownIndicators, err);
  if (input.weights_from !== undefined) {
    if (input.weights_from !== 'entropy' && input.weights_from !== 'critic') err('weights_from', 'vWeightsFrom');
    else if (input.ahp !== undefined) err('weights_from', 'vWeightsFromAhp');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: input as unknown as Scenario };
}

/** Every criterion id the scenario needs a raw value for (criteria first, then constraints). */
export function requiredColumns(s: Scenario): string[] {
  const ids = s.criteria.map((c) => c.id);
  for (const c of s.constraints) {
    const id = c.kind === 'threshold' ? c.criterion : c.kind === 'within_km' ? `dist:${c.facility}` : null;
    if (id && !ids.includes(id)) ids.push(id);
  }
  // The site set's cost is read per kab/kota like any raw value.
  const cost = s.site_set?.cost?.criterion;
  if (cost && !ids.includes(cost)) ids.push(cost);
  return ids;
}

/**
 * The scenario with the weights actually used: the AHP group weights (in %, to 0.01) when the
 * scenario carries judgements, otherwise unchanged.
 */
export function resolveWeights(s: Scenario): Scenario {
  if (!s.ahp || s.ahp.participants.length === 0) return s;
  const w = ahp(groupMatrix(s.ahp.participants.map((p) => p.matrix))).weights;
  return { ...s, criteria: s.criteria.map((c, i) => ({ ...c, weight: Math.round((w[i] as number) * 10000) / 100 })) };
}
