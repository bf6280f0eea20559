import { bbox } from '@turf/turf';
import { useId, useMemo, useState } from 'react';
import { type SearchHit, searchRegions } from '../../domain/region-search';
import { useData, useView } from '../../store/hooks';

import { useRegionList } from '../../store/selectors';
import { useT } from '../../ui/use-t';

export function SearchBox() {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const regions = useRegionList();
  const geometry = useData((s) => s.regions);
  const select = useView((s) => s.select);
  const focus = useView((s) => s.focus);
  const hits = useMemo(() => searchRegions(query, regions), [query, regions]);

  const choose = (hit: SearchHit) => {
    select({ kind: 'region', code: hit.region.kemendagri_code });
    const f = geometry?.features.find((x) => x.properties.kemendagri_code === hit.region.kemendagri_code);
    if (f) focus(bbox(f) as [number, number, number, number]);
    setQuery('');
  };

  return (
    <div className="search">
      <input
        type="search"
        data-testid="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-controls={listId}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) choose(hits[active]);
          else if (e.key === 'Escape') setQuery('');
        }}
      />
      {query !== '' && (
        <ul className="search-hits" id={listId} data-testid="search-hits" aria-live="polite">
          {hits.length === 0 && <li className="muted">{t('searchNoHits')}</li>}
          {hits.map((h, i) => (
            <li key={h.region.kemendagri_code} className={i === active ? 'active' : undefined}>
              <button type="button" onClick={() => choose(h)} onMouseEnter={() => setActive(i)}>
                <span>{h.region.name}</span>
                <small>
                  BPS {h.region.bps_code} · Kemendagri {h.region.kemendagri_code}
                  {h.matchedBy !== 'name' && ` — ${t(h.matchedBy === 'bps' ? 'matchedByBps' : 'matchedByKemendagri')}`}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
