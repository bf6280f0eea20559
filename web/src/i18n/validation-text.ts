import type { Lang } from '../domain/dataset-types';
import type { FieldError } from '../domain/scoring/scenario';
import { translate } from './messages';

/** A validator's finding as one line in the interface language: the field, then what is wrong. */
export function fieldErrorText(e: FieldError, lang: Lang): string {
  return `${e.field}: ${translate(lang, e.key, e.vars)}`;
}
