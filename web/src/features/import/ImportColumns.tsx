import { useAtlas } from '../../store/hooks';
import type { ColumnChoice, Staged } from '../../store/import-slice';
import { useT } from '../../ui/use-t';
import { ImportColumnTypes } from './ImportColumnTypes';
import { updateStaged } from './import-session';

/** The numeric columns of the staged file: which become indicators, under what name and unit. */
export function ImportColumns({ s, repeated }: { s: Staged; repeated: number }) {
  const atlas = useAtlas();
  const t = useT();
  const set = (index: number, patch: Partial<ColumnChoice>) => {
    const c = s.columns[index];
    if (c) updateStaged(atlas, { columns: { ...s.columns, [index]: { ...c, ...patch } } });
  };
  const entries = Object.entries(s.columns).map(([i, c]) => [Number(i), c] as const);
  return (
    <>
      <ImportColumnTypes s={s} />
      <fieldset className="import-columns">
        <legend>{t('valueColumns')}</legend>
        {entries.length === 0 && <p className="warn">{t('needColumn')}</p>}
        {entries.map(([i, c]) => {
          const p = s.profiles[i];
          return (
            <div key={i} className="import-column" data-testid="import-column">
              <label>
                <input type="checkbox" checked={c.on} onChange={(e) => set(i, { on: e.target.checked })} />{' '}
                <code>{s.read.table.header[i]}</code>
                {p && p.invalid > 0 && <span className="warn"> · {p.invalid} ✗</span>}
              </label>
              <label>
                {t('columnLabel')}
                <input value={c.label} onChange={(e) => set(i, { label: e.target.value })} />
              </label>
              <label>
                {t('unit')}
                <input value={c.unit} size={8} onChange={(e) => set(i, { unit: e.target.value })} />
              </label>
              {(s.mode === 'points' || repeated > 0) && (
                <label>
                  {t('aggregate')}
                  <select
                    value={c.aggregate}
                    onChange={(e) => set(i, { aggregate: e.target.value as ColumnChoice['aggregate'] })}
                  >
                    <option value="sum">{t('agg_sum')}</option>
                    <option value="mean">{t('agg_mean')}</option>
                  </select>
                </label>
              )}
            </div>
          );
        })}
      </fieldset>
    </>
  );
}
