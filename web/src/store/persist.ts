import type { Lang } from '../domain/dataset-types';

const LANG_KEY = 'sentra-atlas:lang';

/** Reads the saved language; anything unexpected (or no storage) falls back to Bahasa Indonesia. */
export function loadLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    const v = storage?.getItem(LANG_KEY);
    return v === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function saveLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Private mode or full storage: the switch still works for this session.
  }
}
