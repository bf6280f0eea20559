import { COLUMN_TYPES, type ColumnType, columnTypeOf, isColumnType } from '../../domain/import/column-types';
import { useAtlas } from '../../store/hooks';
import type { Staged } from '../../store/import-slice';
import { useT } from '../../ui/use-t';
import { retypeColumn } from './retype-column';

/** Every column with what it was read as, why, and a control to change it (issue 18). */
export function ImportColumnTypes({ s }: { s: Staged }) {
  const atlas = useAtlas();
  const t = useT();
  const typeLabel = (c: ColumnType) => t(`type_${c}`);
  return (
    <details className="import-types" data-testid="import-types">
      <summary>{t('columnTypes')}</summary>
      <p className="small muted">{t('columnTypesHelp')}</p>
      <table>
        <tbody>
          {s.profiles.map((p) => {
            const detected = columnTypeOf(p);
            const current = s.types[p.index] ?? detected;
            return (
              <tr key={p.index} data-testid="import-type-row">
                <th scope="row">
                  <code>{s.read.table.header[p.index]}</code>
                </th>
                <td>
                  <select
                    aria-label={t('columnTypes')}
                    value={current}
                    data-testid={`import-type-${p.index}`}
                    onChange={(e) => {
                      if (isColumnType(e.target.value)) retypeColumn(atlas, p.index, e.target.value);
                    }}
                  >
                    {COLUMN_TYPES.map((c) => (
                      <option key={c} value={c}>
                        {typeLabel(c)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="small muted">
                  {current === detected
                    ? p.reason
                      ? t(`reason_${p.reason}`)
                      : ''
                    : `${t('changedType')} · ${t('detectedAs', { type: typeLabel(detected) })}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
