import { useMemo } from 'react';
import { isUserRow } from '../../domain/curation/derive-user-data';
import { isEditSource } from '../../domain/curation/merge-edits';
import { viewById } from '../../domain/region-views';
import { useData, useView } from '../../store/hooks';

import { useRegionList } from '../../store/selectors';
import { useT } from '../../ui/use-t';

/**
 * For each indicator, in the region in view: how many kab/kota have a value, from which years and
 * how many sources, and how many were typed or imported by users — is it fit to rank with?
 */
export function CoverageView() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const setIndicator = useView((s) => s.setIndicator);
  const catalog = useData((s) => s.catalog);
  const observations = useData((s) => s.observations);
  const regions = useRegionList();
  const province = viewById(view).provinceCode;
  const inView = useMemo(
    () => regions.filter((r) => province === null || r.kemendagri_prov_code === province).map((r) => r.kemendagri_code),
    [regions, province],
  );
  const rows = useMemo(() => {
    if (!catalog || !observations) return [];
    return catalog.indicators.map((ind) => {
      const head = observations.headline(ind.id);
      const obs = inView.flatMap((c) => {
        const o = head.get(c);
        return o ? [o] : [];
      });
      const years = [...new Set(obs.map((o) => o.year || '—'))].sort();
      return {
        ind,
        n: obs.length,
        years,
        sources: new Set(obs.filter((o) => !isEditSource(o.source_id)).map((o) => o.source_id)).size,
        typed: obs.filter((o) => isEditSource(o.source_id)).length,
        imported: obs.filter((o) => isUserRow(o) && !isEditSource(o.source_id)).length,
      };
    });
  }, [catalog, observations, inView]);
  return (
    <section className="coverage" aria-labelledby="coverage-heading" data-testid="coverage-view">
      <div className="preview-head">
        <h2 id="coverage-heading">{t('coverageTitle', { region: viewById(view).label[lang] })}</h2>
        <span className="meta">{t('coverageHint')}</span>
      </div>
      <div className="match-scroll grid-scroll">
        <table className="match-table">
          <thead>
            <tr>
              <th>{t('indicator')}</th>
              <th>{t('coverageWithValue', { total: inView.length })}</th>
              <th>{t('years')}</th>
              <th>{t('coverageSources')}</th>
              <th>{t('coverageUser')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const share = inView.length ? r.n / inView.length : 0;
              return (
                <tr key={r.ind.id} data-indicator={r.ind.id} className={share < 0.5 ? 'match-unmatched' : ''}>
                  <td>
                    <button type="button" className="link" onClick={() => setIndicator(r.ind.id)}>
                      {r.ind.label[lang]}
                    </button>
                  </td>
                  <td>
                    <span className="coverage-bar" style={{ width: `${Math.round(share * 60)}px` }} /> {r.n} /{' '}
                    {inView.length}
                  </td>
                  <td>{r.years.join(', ') || '—'}</td>
                  <td>{r.sources}</td>
                  <td>
                    {r.typed > 0 && <span className="user-badge">{t('typedCount', { n: r.typed })}</span>}{' '}
                    {r.imported > 0 && <span className="user-badge">{t('importedCount', { n: r.imported })}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
