import './site-set.css';
import { formatNumber } from '../../domain/format';
import type { SiteSetSpec } from '../../domain/scoring/scenario';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';
import { SiteSetAnswer } from './SiteSetAnswer';
import { useNameOf } from './use-name-of';

/** A whole number or decimal from an input; empty = no limit (undefined). */
const optional = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));

/**
 * "Pilih N lokasi": the limits of the site set, kept in the scenario (file, link, CLI), and the
 * solver's answer. The answer is computed by the site-set effect for every new ranking.
 */
export function SiteSetPanel() {
  const atlas = useAtlas();
  const t = useT();
  const spec = useScoring((s) => s.scenario.site_set);
  const parked = useScoring((s) => s.siteSetParked);
  const result = useScoring((s) => s.result);
  const catalog = useData((s) => s.catalog);
  const lang = useView((s) => s.lang);
  const nameOf = useNameOf();
  const set = (patch: Partial<SiteSetSpec>) => {
    if (!spec) return;
    const next: Record<string, unknown> = { ...spec, ...patch };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    atlas.scoring.getState().setSiteSet(next as unknown as SiteSetSpec);
  };
  const ranked = (result?.rows ?? []).filter((r) => r.rank !== null);
  const provinces = [...new Set(ranked.map((r) => r.kemendagri_prov_code))].sort();
  const listed = (key: 'must' | 'must_not') => spec?.[key] ?? [];

  return (
    <details className="site-set" open={spec !== undefined} data-testid="site-set">
      <summary>{t('siteSetHeading')}</summary>
      <p className="small muted">{t('siteSetIntro')}</p>
      <label className="field inline">
        <input
          type="checkbox"
          checked={spec !== undefined}
          data-testid="site-set-on"
          onChange={(e) => atlas.scoring.getState().setSiteSet(e.target.checked ? (parked ?? { k: 10 }) : undefined)}
        />
        <span>{t('siteSetOn')}</span>
      </label>
      {spec && (
        <>
          <div className="site-set-limits">
            <label className="field">
              <span>{t('siteSetK')}</span>
              <input
                type="number"
                min={1}
                step={1}
                value={spec.k}
                data-testid="site-set-k"
                onChange={(e) => {
                  const k = Number(e.target.value);
                  if (Number.isInteger(k) && k >= 1) set({ k });
                }}
              />
            </label>
            <label className="field">
              <span>{t('siteSetCap')}</span>
              <input
                type="number"
                min={1}
                step={1}
                value={spec.per_province_max ?? ''}
                placeholder={t('siteSetNoLimit')}
                data-testid="site-set-cap"
                onChange={(e) => set({ per_province_max: optional(e.target.value) })}
              />
            </label>
            <label className="field">
              <span>{t('siteSetSpacing')}</span>
              <input
                type="number"
                min={0}
                step={5}
                value={spec.min_spacing_km ?? ''}
                placeholder={t('siteSetNoLimit')}
                data-testid="site-set-spacing"
                onChange={(e) => set({ min_spacing_km: optional(e.target.value) })}
              />
            </label>
          </div>
          {provinces.length > 1 && (
            <details className="site-set-provinces small">
              <summary>
                {t('siteSetProvinces')}: {spec.provinces ? spec.provinces.length : provinces.length}/{provinces.length}
              </summary>
              {provinces.map((p) => {
                const on = !spec.provinces || spec.provinces.includes(p);
                return (
                  <label key={p} className="small">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() => {
                        const now = spec.provinces ?? provinces;
                        const next = on ? now.filter((x) => x !== p) : [...now, p];
                        set({ provinces: next.length === provinces.length ? undefined : next });
                      }}
                    />{' '}
                    {nameOf(p)}
                  </label>
                );
              })}
            </details>
          )}
          {(['must', 'must_not'] as const).map((key) => (
            <div className="field" key={key}>
              <span>{t(key === 'must' ? 'siteSetMust' : 'siteSetMustNot')}</span>
              <ul className="chips">
                {listed(key).map((code) => (
                  <li key={code}>
                    {nameOf(code)}{' '}
                    <button
                      type="button"
                      className="link"
                      aria-label={t('siteSetRemove', { name: nameOf(code) })}
                      onClick={() => set({ [key]: listed(key).filter((c) => c !== code) })}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <select
                value=""
                data-testid={`site-set-${key}`}
                aria-label={t(key === 'must' ? 'siteSetMust' : 'siteSetMustNot')}
                onChange={(e) => e.target.value && set({ [key]: [...listed(key), e.target.value] })}
              >
                <option value="">{t('siteSetAdd')}</option>
                {ranked
                  .filter(
                    (r) =>
                      !listed('must').includes(r.kemendagri_code) && !listed('must_not').includes(r.kemendagri_code),
                  )
                  .map((r) => (
                    <option key={r.kemendagri_code} value={r.kemendagri_code}>
                      {r.name} ({r.kemendagri_code})
                    </option>
                  ))}
              </select>
            </div>
          ))}
          <div className="site-set-limits">
            <label className="field">
              <span>{t('siteSetCost')}</span>
              <select
                value={spec.cost?.criterion ?? ''}
                data-testid="site-set-cost"
                onChange={(e) =>
                  set({
                    cost: e.target.value ? { criterion: e.target.value, budget: spec.cost?.budget ?? 0 } : undefined,
                  })
                }
              >
                <option value="">{t('siteSetNoCost')}</option>
                {(catalog?.indicators ?? []).map((i) => (
                  <option key={i.id} value={`ind:${i.id}`}>
                    {i.label[lang]} ({i.unit[lang]})
                  </option>
                ))}
              </select>
            </label>
            {spec.cost && (
              <label className="field">
                <span>{t('siteSetBudget')}</span>
                <input
                  type="number"
                  min={0}
                  value={spec.cost.budget}
                  data-testid="site-set-budget"
                  onChange={(e) => {
                    const budget = Number(e.target.value);
                    if (spec.cost && Number.isFinite(budget) && budget >= 0) set({ cost: { ...spec.cost, budget } });
                  }}
                />
              </label>
            )}
          </div>
          <SiteSetAnswer format={(v) => formatNumber(v, lang)} />
        </>
      )}
    </details>
  );
}
