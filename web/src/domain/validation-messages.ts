/**
 * What a scenario validator says, by key: the English text (the CLI's and the tests') with
 * `{name}` placeholders. The app shows the same keys in the interface language
 * (i18n/messages/validation.ts), so a message is never English in the Indonesian UI.
 */
export const VALIDATION_EN = {
  vRootObject: 'a scenario must be a JSON object',
  vNotJson: 'the file is not valid JSON ({detail})',
  vVersion: 'must be 1 (this app reads scenario version 1; got {got})',
  vNonEmptyText: 'must be a non-empty text',
  vText: 'must be a text',
  vProvinces: 'must be a list of 2-digit Kemendagri province codes ([] for all Indonesia)',
  vMethod: 'must be "wlc", "topsis", "wpm" or "owa"',
  vOwaAlpha: 'OWA needs "owa_alpha", a number > 0 and ≤ 100 (1 = WLC, < 1 any criterion, > 1 all criteria)',
  vTopN: 'must be a whole number ≥ 0',
  vCriterionIdType: 'must be a criterion id such as "ind:pop_2024" or "dist:port"',
  vCriterionId:
    '"{id}" is not a criterion id (ind:…, per_km2:…, per_capita:…, dist:<estate|kek|port|sentra>[@class][~word], count:<facility>[@class][~word]:<km>)',
  vUnknownIndicator: 'unknown indicator "{id}"',
  vNonEmptyList: 'must be a non-empty list',
  vObject: 'must be an object',
  vTwice: '"{id}" appears twice',
  vDirection: 'must be "benefit" or "cost"',
  vNumber: 'must be a number',
  vNegativeWeight: 'must be ≥ 0 (a negative weight would reverse the direction silently: use "direction": "cost")',
  vMissing: 'must be "exclude", "worst" or "median"',
  vNormObject: 'must be an object with a "kind"',
  vZscoreProduct: 'z-scores can be negative; WPM and OWA need values from 0 to 1: use minmax, rank, fixed or sigmoid',
  vFixed: 'fixed range needs numbers min < max',
  vSigmoid: 'sigmoid needs a number midpoint and spread > 0',
  vNormKind: 'must be minmax, fixed, rank, zscore or sigmoid',
  vAllZero: 'all weights are zero: give at least one criterion a weight',
  vList: 'must be a list ([] for none)',
  vOp: 'must be >=, <=, > or <',
  vAllow: 'must list "kabupaten" and/or "kota"',
  vRegionCodes: 'must list Kemendagri kab/kota codes such as "{example}"',
  vProvinceCodes: 'must list 2-digit Kemendagri province codes such as "72"',
  vFacility: 'must be estate, kek or port',
  vPositiveNumber: 'must be a number > 0',
  vConstraintKind: 'must be threshold, region_kind, exclude_regions, exclude_provinces or within_km',
  vMatrixShape: 'must be a {n}×{n} matrix of numbers (one row and column per criterion, in order)',
  vMatrixRow: 'row {row} has {got} values, expected {n}',
  vMatrixPositive: 'a[{i}][{j}] must be a positive number',
  vMatrixDiagonal: 'a[{i}][{i}] must be 1',
  vMatrixReciprocal: 'a[{j}][{i}] must be 1/a[{i}][{j}] (reciprocal)',
  vMatrixScale: "a[{i}][{j}] = {value} is not on Saaty's 1–9 scale",
  vWeightsFrom: 'must be "entropy" or "critic" (or left out for the weights as given)',
  vWeightsFromAhp: 'weights come either from AHP judgements or from the data: remove "ahp" or "weights_from"',
  vSiteSetObject: 'must be an object such as {"k": 10}',
  vSiteSetK: 'must be a whole number from 1 to {max}',
  vSiteSetCap: 'must be a whole number ≥ 1 (or left out for no cap)',
  vSiteSetSpacing: 'must be a distance in km from 0 to 5000',
  vSiteSetBoth: 'a kab/kota cannot be both required and refused: {codes}',
  vSiteSetCost: 'must be {"criterion": "<criterion id>", "budget": <number ≥ 0>}',
  vSiteSetCostId: 'unknown criterion id "{id}"',
  vSiteSetCostIndicator: 'no indicator "{id}" in the data',
  vVersionOne: 'must be 1',
  vJudgementCriteria: "must be exactly the scenario's criteria, in order ({list})",
  vMatrixSize: 'must be {n}×{n}',
  vLinkDamaged: 'the link is damaged or truncated (its scenario cannot be decoded)',
  vLinkNotOurs: 'not a Sentra Atlas scenario link',
  vLinkVersion: 'link version {version} is not supported (this app reads version {supported})',
} as const;

export type ValidationKey = keyof typeof VALIDATION_EN;
export type ValidationVars = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fillTemplate(template: string, vars: ValidationVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
