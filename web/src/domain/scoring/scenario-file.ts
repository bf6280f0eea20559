import { type UserDataBundle, validateBundle } from '../curation/user-data-bundle';
import { type FieldError, fieldError, type Scenario, validateScenario } from './scenario';

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly userData: UserDataBundle | null }
  | { readonly ok: false; readonly kind: 'json' | 'user_data' | 'scenario'; readonly errors: readonly string[] };

/**
 * Reads a scenario file's text, the one definition for the app's "open scenario" and the CLI.
 * User data (typed edits, created and imported indicators) may travel in it as `user_data`;
 * its indicators count as known when the scenario is checked. Nothing is applied here.
 */
const english = (e: FieldError) => `${e.field}: ${e.message}`;

/** `format` words each finding: English by default (CLI); the app passes its interface language. */
export function readScenarioFile(
  text: string,
  knownIndicators: Iterable<string>,
  format: (e: FieldError) => string = english,
): ScenarioFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      kind: 'json',
      errors: [format(fieldError('(file)', 'vNotJson', { detail: (e as Error).message }))],
    };
  }
  const isObject = json !== null && typeof json === 'object' && !Array.isArray(json);
  const { user_data, ...rest } = (isObject ? json : {}) as Record<string, unknown>;
  const bundle = user_data === undefined ? null : validateBundle(user_data);
  if (bundle && !bundle.ok) return { ok: false, kind: 'user_data', errors: bundle.errors };
  const userData = bundle?.ok ? bundle.bundle : null;
  const known = new Set([
    ...knownIndicators,
    ...(userData?.indicators.map((d) => d.id) ?? []),
    ...(userData?.imports.flatMap((m) => m.indicators.map((d) => d.id)) ?? []),
  ]);
  const v = validateScenario(isObject ? rest : json, known);
  if (!v.ok) return { ok: false, kind: 'scenario', errors: v.errors.map(format) };
  return { ok: true, scenario: v.scenario, userData };
}
