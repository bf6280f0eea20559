import type { Lang } from '../domain/dataset-types';
import { ImportFileError } from '../domain/import/read-file';
import { translate } from './messages';

/** Why a file could not be read, in the interface language (other errors keep their own words). */
export function importErrorText(e: unknown, lang: Lang): string {
  if (e instanceof ImportFileError) return `${e.file}: ${translate(lang, e.key, e.vars)}`;
  return (e as Error)?.message ?? String(e);
}
