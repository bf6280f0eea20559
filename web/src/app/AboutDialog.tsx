import { useEffect, useRef } from 'react';
import { useData, useView } from '../store/hooks';

import { useT } from '../ui/use-t';

export function AboutDialog() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const open = useView((s) => s.aboutOpen);
  const setOpen = useView((s) => s.setAboutOpen);
  const catalog = useData((s) => s.catalog);
  const datasets = catalog?.datasets ?? [];
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="about"
      data-testid="about"
      onClose={() => setOpen(false)}
      aria-labelledby="about-title"
    >
      <header>
        <h2 id="about-title">{t('aboutTitle')}</h2>
        <button type="button" className="close" onClick={() => setOpen(false)} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p>{t('aboutIntro')}</p>
      <p>{t('aboutOffline')}</p>
      <p>{t('aboutCodes')}</p>
      <h3>{t('aboutDatasets')}</h3>
      <table className="about-table">
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.title[lang]}
                <div className="muted small">{d.year}</div>
              </th>
              <td>
                <div>{d.description[lang]}</div>
                <div className="meta">
                  {t('source')}: {d.source}
                </div>
                <div className="meta">
                  {t('aboutLicence')}: {d.licence} · {t('coverage')}: {d.coverage[lang]}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('aboutSoftware')}</h3>
      <p className="small">{t('aboutSoftwareText')}</p>
    </dialog>
  );
}
