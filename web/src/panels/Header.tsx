import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { startPresentation } from '../store/presentation';
import { ExportDialog } from './ExportDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { RegionSwitch } from './RegionSwitch';
import { SearchBox } from './SearchBox';

export function Header() {
  const t = useT();
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const [exportOpen, setExportOpen] = useState(false);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      <SearchBox />
      <RegionSwitch />
      <button type="button" data-testid="present-button" onClick={startPresentation}>
        {t('present')}
      </button>
      <button
        type="button"
        data-testid="export-button"
        aria-expanded={exportOpen}
        onClick={() => setExportOpen((o) => !o)}
      >
        {t('exportButton')}
      </button>
      {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} />}
      <button type="button" data-testid="about-button" onClick={() => setAboutOpen(true)}>
        {t('about')}
      </button>
      <LanguageSwitch />
    </header>
  );
}
