import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { AboutDialog } from '../panels/AboutDialog';
import { DetailPanel } from '../panels/DetailPanel';
import { ErrorBanner } from '../panels/ErrorBanner';
import { ErrorBoundary } from '../panels/ErrorBoundary';
import { Header } from '../panels/Header';
import { IndicatorPanel } from '../panels/IndicatorPanel';
import { LayerToggles } from '../panels/LayerToggles';
import { PresentationBar, PresentationPanel } from '../panels/PresentationView';
import { RankingTable } from '../panels/RankingTable';
import { ScoreLegend } from '../panels/ScoreLegend';
import { ScoringPanel } from '../panels/ScoringPanel';
import { TabBar } from '../panels/TabBar';
import { UpdateBanner } from '../panels/UpdateBanner';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { useScoringStore } from '../store/scoring-store';
import { useScoreFill } from '../store/selectors';

// The import, grid and SQL panes (and their parsers) load when the "Your data" tab opens,
// not with the first map frame.
const ImportPanel = lazy(() => import('../panels/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const DataPane = lazy(() => import('../panels/DataPane').then((m) => ({ default: m.DataPane })));

export function App() {
  const lang = useAppStore((s) => s.lang);
  const status = useDataStore((s) => s.status);
  const tab = useScoringStore((s) => s.tab);
  const scoreFill = useScoreFill();
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
      void import('../store/import-session').then((m) => m.openImportFile(f));
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
                    <Suspense fallback={null}>
                      <ImportPanel />
                    </Suspense>
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
          {tab === 'data' && (
            <ErrorBoundary>
              <Suspense fallback={null}>
                <DataPane />
              </Suspense>
            </ErrorBoundary>
          )}
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
    <TabBar
      keys={['map', 'scoring', 'data'] as const}
      selected={tab}
      onSelect={setTab}
      label={(k) => t(k === 'map' ? 'tabMap' : k === 'scoring' ? 'tabScoring' : 'tabData')}
      testId={(k) => `tab-${k}`}
    />
  );
}
