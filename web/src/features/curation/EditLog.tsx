import { formatNumber } from '../../domain/format';
import { useCuration, useData, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

/** This session's changes, newest first: what was typed, replaced, reverted, undone. */
export function EditLog() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const log = useCuration((s) => s.log);
  const catalog = useData((s) => s.catalog);
  const regions = useData((s) => s.regions);
  if (log.length === 0) return null;
  const name = (code: string) =>
    regions?.features.find((f) => f.properties.kemendagri_code === code)?.properties.name ?? code;
  const label = (id: string) => catalog?.indicators.find((i) => i.id === id)?.label[lang] ?? id;
  return (
    <details className="edit-log" data-testid="edit-log">
      <summary>{t('editLog', { n: log.length })}</summary>
      <ol reversed>
        {[...log].reverse().map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: log entries are positional
          <li key={i}>
            <span className="meta">{c.at.slice(11, 19)}</span> {t(`log_${c.label}`)}
            {c.undone && ` (${t('undone')})`}
            {c.redone && ` (${t('redone')})`}:{' '}
            {c.items.slice(0, 5).map((it) => {
              const e = it.after ?? it.before;
              if (!e) return null;
              return (
                <span key={it.key} className="log-item">
                  {name(e.kemendagri_code)} · {label(e.indicator)}:{' '}
                  {it.before ? formatNumber(it.before.value, lang) : '—'} →{' '}
                  {it.after ? formatNumber(it.after.value, lang) : '—'}
                </span>
              );
            })}
            {c.items.length > 5 && ` … +${c.items.length - 5}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
