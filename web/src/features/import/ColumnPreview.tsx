import { withColumnTypes } from '../../domain/import/column-types';
import type { Staged } from '../../store/import-slice';
import { useT } from '../../ui/use-t';

/** The first rows as read, under each column's type (as the user set it, else as detected). */
export function ColumnPreview({ s }: { s: Staged }) {
  const t = useT();
  return (
    <details open>
      <summary className="small">{t('detectedColumns')}</summary>
      <div className="match-scroll">
        <table className="match-table" data-testid="column-preview">
          <thead>
            <tr>
              {s.read.table.header.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
            <tr>
              {withColumnTypes(s.profiles, s.types).map((p) => (
                <td key={p.name} className="meta" data-kind={p.kind}>
                  {t(`kind_${p.kind}`)}
                  {p.kind === 'number' && ` · ${t(`style_${s.style}`)}`}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.read.table.rows.slice(0, 5).map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows are positional
              <tr key={i}>
                {r.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
