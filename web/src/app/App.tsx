import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { AboutDialog } from '../panels/AboutDialog';
import { DataWorkspace } from '../panels/DataWorkspace';
import { DetailPanel } from '../panels/DetailPanel';
import { ErrorBanner } from '../panels/ErrorBanner';
import { ErrorBoundary } from '../panels/ErrorBoundary';
import { Header } from '../panels/Header';
import { ImportPanel } from '../panels/ImportPanel';
import { ImportPreview } from '../panels/ImportPreview';
import { IndicatorPanel } from '../panels/IndicatorPanel';
import { LayerToggles } from '../panels/LayerToggles';
import { PresentationBar, PresentationPanel } from '../panels/PresentationView';
import { RankingTable } from '../panels/RankingTable';
import { ScoreLegend } from '../panels/ScoreLegend';
import { ScoringPanel } from '../panels/ScoringPanel';
import { UpdateBanner } from '../panels/UpdateBanner';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { openImportFile, useImportSession } from '../store/import-session';
import { useScoringStore } from '../store/scoring-store';
import { useScoreFill } from '../store/selectors';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const status = useDataStore((s) => s.status);
  const tab = useScoringStore((s) => s.tab);
  const scoreFill = useScoreFill();
  const staged = useImportSession((s) => s.staged !== null);
  const setTab = useScoringStore((s) => s.setTab);
  const presenting = useAppStore((s) => s.presenting);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // A file dropped anywhere goes to the importer (the browser never opens it in place of the app).
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      setTab('data');
      void openImportFile(f);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [setTab]);
  return (
    <div className={presenting ? 'app presenting' : 'app'} data-data-status={status}>
      <ErrorBoundary>{presenting ? <PresentationBar /> : <Header />}</ErrorBoundary>
      <ErrorBanner />
      <UpdateBanner />
      <main className="layout">
        {!presenting && (
          <div className="sidebar">
            <SidebarTabs />
            {tab === 'map' || tab === 'data' ? (
              <>
                {tab === 'data' && (
                  <ErrorBoundary>
                    <ImportPanel />
                  </ErrorBoundary>
                )}
                <ErrorBoundary>
                  <IndicatorPanel />
                </ErrorBoundary>
                <ErrorBoundary>
                  <LayerToggles />
                </ErrorBoundary>
              </>
            ) : (
              <ErrorBoundary>
                {scoreFill && <ScoreLegend fill={scoreFill} />}
                <ScoringPanel />
              </ErrorBoundary>
            )}
          </div>
        )}
        <div className="center">
          <ErrorBoundary>
            <MapView />
          </ErrorBoundary>
          {tab === 'scoring' && !presenting && (
            <ErrorBoundary>
              <RankingTable />
            </ErrorBoundary>
          )}
          {tab === 'data' && <ErrorBoundary>{staged ? <ImportPreview /> : <DataWorkspace />}</ErrorBoundary>}
        </div>
        <ErrorBoundary>{presenting ? <PresentationPanel /> : <DetailPanel />}</ErrorBoundary>
      </main>
      <ErrorBoundary>
        <AboutDialog />
      </ErrorBoundary>
    </div>
  );
}

function SidebarTabs() {
  const t = useT();
  const tab = useScoringStore((s) => s.tab);
  const setTab = useScoringStore((s) => s.setTab);
  return (
    <div className="tabs" role="tablist">
      {(['map', 'scoring', 'data'] as const).map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          data-testid={`tab-${k}`}
          onClick={() => setTab(k)}
        >
          {t(k === 'map' ? 'tabMap' : k === 'scoring' ? 'tabScoring' : 'tabData')}
        </button>
      ))}
    </div>
  );
}
