import { useMemo } from 'react';
import { namesOf } from '../../domain/region-names';
import type { NameOf } from '../../i18n/site-set-text';
import { useData } from '../../store/hooks';

/** Kab/kota and province names by Kemendagri code, as the report and the CLI name them. */
export function useNameOf(): NameOf {
  const catalog = useData((s) => s.catalog);
  const regions = useData((s) => s.regions);
  return useMemo(() => namesOf(catalog, regions?.features.map((f) => f.properties) ?? []), [catalog, regions]);
}
