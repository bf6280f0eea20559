import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { indexedDbStorage } from './app/browser-storage';
import { fetchDataFile } from './data/fetch-data-file';
import { startWorkingDraftAutosave } from './effects/autosave';
import { loadAllData } from './effects/load-data';
import { startScenarioLanguage } from './effects/scenario-language';
import { keepForOffline, registerServiceWorker } from './effects/service-worker';
import { startUserDataMerge } from './effects/user-data';
import { type Atlas, createAtlas } from './store/atlas';
import { AtlasProvider } from './store/hooks';
import { applyLinkOnce } from './store/scenario-link';

// The composition root: the one atlas of this page, its effects, and the browser's storages.
performance.mark('app-start');
const atlas = createAtlas({ storage: window.localStorage, db: indexedDbStorage() });
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AtlasProvider atlas={atlas}>
        <App />
      </AtlasProvider>
    </StrictMode>,
  );
}
startUserDataMerge(atlas);
startScenarioLanguage(atlas);
void atlas.userData.getState().load();
void atlas.curation.getState().load();
void loadAllData(atlas, fetchDataFile);
// The service worker's precache downloads the whole site: it waits until the map and DuckDB are
// up so it never competes with the first load.
const stopWaiting = atlas.scoring.subscribe((s) => {
  if (s.engine !== 'ready' && s.engine !== 'error') return;
  stopWaiting();
  registerServiceWorker(atlas);
});
// The scoring effect and DuckDB load after the first frame (their code is not in the first bundle).
void import('./effects/scoring').then(({ startScoring }) =>
  startScoring(atlas, {
    createEngine: async (onProgress) => (await import('./engine/browser-engine')).createBrowserEngine(onProgress),
    onReady: (e) => void keepForOffline(e.assetUrls ?? []),
  }),
);
// "Pilih N lokasi": the effect and HiGHS load when a scenario first asks for a site set.
const stopSiteSetWait = atlas.scoring.subscribe((s) => {
  if (!s.result?.scenario.site_set) return;
  stopSiteSetWait();
  void import('./effects/site-set').then(({ startSiteSet }) =>
    startSiteSet(atlas, {
      solve: async (c, p) => (await import('./workers/site-set-client')).solveSitesInWorker(c, p),
      membership: async (m, w, c, p) => (await import('./workers/site-set-client')).membershipInWorker(m, w, c, p),
    }),
  );
});
// Stability and rank ranges: 2 × 1,000 draws in a worker after each ranking.
void import('./effects/uncertainty').then(({ startUncertainty }) =>
  startUncertainty(atlas, {
    run: async (req) => (await import('./workers/uncertainty-client')).uncertaintyInWorker(req),
  }),
);
startWorkingDraftAutosave(atlas);
applyLinkOnce(atlas, location.hash);

// A small test and benchmark API (end-to-end tests and `npm run bench` drive the slices).
declare global {
  interface Window {
    __atlasStores?: {
      app: Atlas['view'];
      data: Atlas['data'];
      scoring: Atlas['scoring'];
      user: Atlas['userData'];
      curation: Atlas['curation'];
      rescore: () => Promise<void>;
      query: (sql: string) => Promise<Record<string, unknown>[] | null>;
      queryRows: (sql: string) => Promise<number | null>;
      benchProximity: (n: number, seed: number) => Promise<number>;
      benchOracle: (runs: number) => Promise<number[]>;
    };
  }
}
const runner = () => atlas.scoring.getState().runner;
window.__atlasStores = {
  app: atlas.view,
  data: atlas.data,
  scoring: atlas.scoring,
  user: atlas.userData,
  curation: atlas.curation,
  rescore: async () => runner()?.rescore(),
  query: async (sql) => (await runner()?.query(sql)) ?? null,
  queryRows: async (sql) => (await runner()?.queryRows(sql)) ?? null,
  benchProximity: async (n, seed) => (await import('./bench/proximity-bench')).runProximityBench(atlas, n, seed),
  benchOracle: async (runs) => (await import('./bench/oracle-bench')).runOracleBench(atlas, runs),
};
