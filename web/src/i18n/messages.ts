import type { Lang } from '../domain/dataset-types';
import * as app from './messages/app';
import * as common from './messages/common';
import * as curation from './messages/curation';
import * as dataRequest from './messages/data-request';
import * as decision from './messages/decision';
import * as exporting from './messages/export';
import * as importing from './messages/import';
import * as importErrors from './messages/import-errors';
import * as map from './messages/map';
import * as presentation from './messages/presentation';
import * as scoring from './messages/scoring';
import * as selection from './messages/selection';
import * as validation from './messages/validation';

/**
 * Every visible string, Bahasa Indonesia first, kept in one file per feature (messages/). A key
 * missing in either language is a type error; `{name}` placeholders are filled by
 * `t(key, { name })`. A key used by one feature lives in its file, any other in common.ts.
 */
const parts = [
  common,
  app,
  map,
  scoring,
  selection,
  decision,
  importing,
  curation,
  exporting,
  presentation,
  validation,
  dataRequest,
  importErrors,
] as const;

const id = {
  ...common.id,
  ...app.id,
  ...map.id,
  ...scoring.id,
  ...selection.id,
  ...decision.id,
  ...importing.id,
  ...curation.id,
  ...exporting.id,
  ...presentation.id,
  ...validation.id,
  ...dataRequest.id,
  ...importErrors.id,
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = Object.assign({}, ...parts.map((p) => p.en));

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { id, en };

/** The per-feature files, for the test that no two define the same key. */
export const MESSAGE_PARTS = parts;

export function translate(lang: Lang, key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
  const text = MESSAGES[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
