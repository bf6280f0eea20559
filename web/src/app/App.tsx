import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { AboutDialog } from '../panels/AboutDialog';
import { DetailPanel } from '../panels/DetailPanel';
import { ErrorBanner } from '../panels/ErrorBanner';
import { ErrorBoundary } from '../panels/ErrorBoundary';
import { Header } from '../panels/Header';
import { IndicatorPanel } from '../panels/IndicatorPanel';
import { LayerToggles } from '../panels/LayerToggles';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';

export function App() {
  const lang = useAppStore((s) => s.lang);
  const status = useDataStore((s) => s.status);
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
          <ErrorBoundary>
            <IndicatorPanel />
          </ErrorBoundary>
          <ErrorBoundary>
            <LayerToggles />
          </ErrorBoundary>
        </div>
        <ErrorBoundary>
          <MapView />
        </ErrorBoundary>
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
