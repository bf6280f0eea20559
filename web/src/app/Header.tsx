import { useState } from 'react';
import { ExportDialog } from '../features/export/ExportDialog';
import { RegionSwitch } from '../features/map/RegionSwitch';
import { SearchBox } from '../features/map/SearchBox';
import { startPresentation } from '../features/presentation/presentation';
import { useAtlas, useView } from '../store/hooks';

import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useT } from '../ui/use-t';

export function Header() {
  const atlas = useAtlas();
  const t = useT();
  const setAboutOpen = useView((s) => s.setAboutOpen);
  const [exportOpen, setExportOpen] = useState(false);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      <SearchBox />
      <RegionSwitch />
      <button type="button" data-testid="present-button" onClick={() => startPresentation(atlas)}>
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
