import { lazy, Suspense, useEffect, useState } from 'react';
import { DetailPanel } from '../features/map/DetailPanel';
import { IndicatorPanel } from '../features/map/IndicatorPanel';
import { LayerToggles } from '../features/map/LayerToggles';
import { MapView } from '../features/map/MapView';
import { ScoreLegend } from '../features/map/ScoreLegend';
import { PresentationBar, PresentationPanel } from '../features/presentation/PresentationView';
import { RankingTable } from '../features/scoring/RankingTable';
import { ScoringPanel } from '../features/scoring/ScoringPanel';
import { useAtlas, useData, useScoring, useView } from '../store/hooks';

import { useScoreFill } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { TabBar } from '../ui/TabBar';
import { useT } from '../ui/use-t';
import { AboutDialog } from './AboutDialog';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { UpdateBanner } from './UpdateBanner';

// The import, grid and SQL panes (and their parsers) load when the "Your data" tab opens,
// not with the first map frame.
const ImportPanel = lazy(() => import('../features/import/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const DataPane = lazy(() => import('../features/curation/DataPane').then((m) => ({ default: m.DataPane })));

export function App() {
  const atlas = useAtlas();
  const lang = useView((s) => s.lang);
  const status = useData((s) => s.status);
  const tab = useScoring((s) => s.tab);
  const scoreFill = useScoreFill();
  const setTab = useScoring((s) => s.setTab);
  const presenting = useView((s) => s.presenting);
  // The first commit is the frame and the map alone: the map is made in that commit's layout
  // effect, before the panels render and lay out (~100 ms here), so its tiles start sooner.
  const [panels, setPanels] = useState(false);
  useEffect(() => setPanels(true), []);
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
      void import('../features/import/import-session').then((m) => m.openImportFile(atlas, f));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [setTab, atlas]);
  return (
    <div className={presenting ? 'app presenting' : 'app'} data-data-status={status}>
      <ErrorBoundary>{presenting ? <PresentationBar /> : <Header />}</ErrorBoundary>
      <ErrorBanner />
      <UpdateBanner />
      <main className="layout">
        {!presenting && (
          <div className="sidebar">
            {panels && <SidebarTabs />}
            {!panels ? null : tab === 'map' || tab === 'data' ? (
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
          {panels && tab === 'scoring' && !presenting && (
            <ErrorBoundary>
              <RankingTable />
            </ErrorBoundary>
          )}
          {panels && tab === 'data' && (
            <ErrorBoundary>
              <Suspense fallback={null}>
                <DataPane />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
        {panels && <ErrorBoundary>{presenting ? <PresentationPanel /> : <DetailPanel />}</ErrorBoundary>}
      </main>
      <ErrorBoundary>
        <AboutDialog />
      </ErrorBoundary>
    </div>
  );
}

function SidebarTabs() {
  const t = useT();
  const tab = useScoring((s) => s.tab);
  const setTab = useScoring((s) => s.setTab);
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
