import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { AboutDialog } from '../panels/AboutDialog';
import { DetailPanel } from '../panels/DetailPanel';
import { ErrorBanner } from '../panels/ErrorBanner';
import { ErrorBoundary } from '../panels/ErrorBoundary';
import { Header } from '../panels/Header';
import { IndicatorPanel } from '../panels/IndicatorPanel';
import { LayerToggles } from '../panels/LayerToggles';
import { RankingTable } from '../panels/RankingTable';
import { ScoreLegend } from '../panels/ScoreLegend';
import { ScoringPanel } from '../panels/ScoringPanel';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { useScoringStore } from '../store/scoring-store';
import { useScoreFill } from '../store/selectors';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const status = useDataStore((s) => s.status);
  const tab = useScoringStore((s) => s.tab);
  const scoreFill = useScoreFill();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="app" data-data-status={status}>
      <ErrorBoundary>
        <Header />
      </ErrorBoundary>
      <ErrorBanner />
      <main className="layout">
        <div className="sidebar">
          <SidebarTabs />
          {tab === 'map' ? (
            <>
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
        <div className="center">
          <ErrorBoundary>
            <MapView />
          </ErrorBoundary>
          {tab === 'scoring' && (
            <ErrorBoundary>
              <RankingTable />
            </ErrorBoundary>
          )}
        </div>
        <ErrorBoundary>
          <DetailPanel />
        </ErrorBoundary>
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
      {(['map', 'scoring'] as const).map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          data-testid={`tab-${k}`}
          onClick={() => setTab(k)}
        >
          {t(k === 'map' ? 'tabMap' : 'tabScoring')}
        </button>
      ))}
    </div>
  );
}
