import { useCallback } from 'react';
import { type MessageKey, translate } from '../i18n/messages';
import { useView } from '../store/hooks';

export type T = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export function useT(): T {
  const lang = useView((s) => s.lang);
  return useCallback<T>((key, vars) => translate(lang, key, vars), [lang]);
}
