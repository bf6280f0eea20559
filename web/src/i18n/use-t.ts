import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import { type MessageKey, translate } from './messages';

export type T = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export function useT(): T {
  const lang = useAppStore((s) => s.lang);
  return useCallback<T>((key, vars) => translate(lang, key, vars), [lang]);
}
