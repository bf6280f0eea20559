import './acceptability.css';
import { useState } from 'react';
import { formatNumber } from '../../domain/format';
import { useScoring, useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';
import { SENSITIVITY, useSensitivity } from './use-sensitivity';

/** Ranks shown as columns; later ranks are summed into one. */
const COLS = 10;

/**
 * Rank acceptability (SMAA): the share of draws, weights and missing values together, in which
 * each candidate takes each rank. The current top 15 (or every candidate when fewer), in rank order.
 */
export function AcceptabilityTable() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const result = useScoring((s) => s.result);
  const sens = useSensitivity();
  // The table is built only while open: closed, it costs nothing and adds no rows to the page.
  const [open, setOpen] = useState(false);
  if (!result || !sens) return null;
  const u = sens.uncertainty;
  const n = u.codes.length;
  const cols = Math.min(COLS, n);
  const ranked = result.rows
    .filter((r) => r.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number))
    .slice(0, 15);
  const pct = (p: number) => (p < 0.005 ? '' : `${formatNumber(Math.round(p * 100), lang)}`);
  return (
    <details
      className="acceptability"
      data-testid="acceptability"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('acceptTitle')}</summary>
      {open && (
        <>
          <p className="small muted">
            {t('acceptIntro', { draws: formatNumber(SENSITIVITY.draws, lang), spread: SENSITIVITY.spread * 100 })}
            {u.withMissing.anyMissing ? ` ${t('acceptMissing')}` : ''}
          </p>
          <div className="acceptability-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('acceptCandidate')}</th>
                  {Array.from({ length: cols }, (_, r) => `${r + 1}`).map((label) => (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ))}
                  {n > cols && <th scope="col">{`${cols + 1}+`}</th>}
                </tr>
              </thead>
              <tbody>
                {ranked.map((row) => {
                  const i = u.codes.indexOf(row.kemendagri_code);
                  const acc = u.withMissing.acceptability[i] ?? [];
                  const rest = acc.slice(cols).reduce((a, b) => a + b, 0);
                  return (
                    <tr key={row.kemendagri_code} data-code={row.kemendagri_code}>
                      <th scope="row">
                        {row.rank}. {row.name.replace(/^Kabupaten /, '')}
                      </th>
                      {[...acc.slice(0, cols), ...(n > cols ? [rest] : [])]
                        .map((p, r) => ({ p, rank: r + 1 }))
                        .map(({ p, rank }) => (
                          <td
                            key={rank}
                            style={{
                              background: `rgba(11, 79, 168, ${Math.min(1, p * 1.2).toFixed(3)})`,
                              color: p > 0.45 ? '#fff' : undefined,
                            }}
                            title={t('acceptCell', {
                              name: row.name,
                              rank: rank > cols ? `${cols + 1}+` : rank,
                              p: formatNumber(Math.round(p * 1000) / 10, lang),
                            })}
                          >
                            {pct(p)}
                          </td>
                        ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="small muted">{t('acceptNote')}</p>
        </>
      )}
    </details>
  );
}
