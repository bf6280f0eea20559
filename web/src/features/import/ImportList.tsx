import { useActions, useUserData, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

/** The imports stored in this browser, each with its indicators and a remove button. */
export function ImportList() {
  const t = useT();
  const { removeImport } = useActions('userData');
  const imports = useUserData((s) => s.imports);
  const setIndicator = useView((s) => s.setIndicator);
  return (
    <>
      <h3>{t('importList')}</h3>
      {imports.length === 0 ? (
        <p className="note">{t('importNone')}</p>
      ) : (
        <ul className="import-list" data-testid="import-list">
          {imports.map((imp) => (
            <li key={imp.id}>
              <div className="import-head">
                <strong>{imp.fileName}</strong>
                <span className="meta">{t('importedOn', { date: imp.importedAt.slice(0, 10) })}</span>
                <button
                  type="button"
                  onClick={() => void removeImport(imp.id)}
                  aria-label={`${t('remove')} ${imp.fileName}`}
                >
                  {t('remove')}
                </button>
              </div>
              {imp.points.length > 0 && <div className="meta">{t('importPoints', { n: imp.points.length })}</div>}
              <ul>
                {imp.indicators.map((d) => (
                  <li key={d.id}>
                    {d.label} {d.unit && <span className="meta">({d.unit})</span>}{' '}
                    <span className="meta">
                      · {t('importValues', { n: imp.values.filter((v) => v.indicator === d.id).length })} · {d.source}
                      {d.year && `, ${d.year}`}
                    </span>{' '}
                    <button type="button" className="link" onClick={() => setIndicator(d.id)}>
                      {t('showOnMap')}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
