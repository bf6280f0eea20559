import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { loadAllData } from './data/load-data';
import { registerServiceWorker } from './pwa/register-sw';
import { useAppStore } from './store/app-store';
import { startWorkingDraftAutosave } from './store/autosave';
import { loadCuration, useCurationStore } from './store/curation-store';
import { useDataStore } from './store/data-store';
import { applyLinkOnce } from './store/scenario-link';
import { queryEngine, queryEngineRows, rescore, startScoringRunner } from './store/scoring-runner';
import { useScoringStore } from './store/scoring-store';
import { loadUserData, startUserDataMerge, useUserDataStore } from './store/user-data';

performance.mark('app-start');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
startUserDataMerge();
void loadUserData();
void loadCuration();
void loadAllData();
// The service worker's precache downloads the whole site: it waits until the map and DuckDB are
// up so it never competes with the first load.
const stopWaiting = useScoringStore.subscribe((s) => {
  if (s.engine !== 'ready' && s.engine !== 'error') return;
  stopWaiting();
  registerServiceWorker();
});
startScoringRunner();
startWorkingDraftAutosave(window.localStorage);
applyLinkOnce(location.hash);

// A small test and benchmark API (end-to-end tests and `npm run bench` drive the stores).
declare global {
  interface Window {
    __atlasStores?: {
      app: typeof useAppStore;
      data: typeof useDataStore;
      scoring: typeof useScoringStore;
      user: typeof useUserDataStore;
      curation: typeof useCurationStore;
      rescore: typeof rescore;
      query: typeof queryEngine;
      queryRows: typeof queryEngineRows;
      benchProximity: (n: number, seed: number) => Promise<number>;
    };
  }
}
window.__atlasStores = {
  app: useAppStore,
  data: useDataStore,
  scoring: useScoringStore,
  user: useUserDataStore,
  curation: useCurationStore,
  rescore,
  query: queryEngine,
  queryRows: queryEngineRows,
  benchProximity: async (n, seed) => (await import('./bench/proximity-bench')).runProximityBench(n, seed),
};
