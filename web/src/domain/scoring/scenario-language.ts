import type { Lang } from '../dataset-types';
import type { Scenario } from './scenario';

/**
 * The scenario with its name and description in `lang`, when it carries them in `translations`
 * and its texts are still those of one of its languages; otherwise the very same object. An
 * edited name or description (matching none) is the user's own and is never replaced.
 */
export function inLanguage(s: Scenario, lang: Lang): Scenario {
  const tr = s.translations;
  const want = tr?.[lang];
  if (!tr || !want) return s;
  const same = (x: { name: string; description?: string }) =>
    x.name === s.name && (x.description ?? '') === (s.description ?? '');
  if (same(want)) return s;
  if (!Object.values(tr).some((x) => x !== undefined && same(x))) return s;
  const { description: _old, ...rest } = s;
  return { ...rest, name: want.name, ...(want.description !== undefined ? { description: want.description } : {}) };
}
