import type { Atlas } from '../store/atlas';

/** Runtime cache shared with the service worker (web/sw/sw-template.js). */
const RUNTIME = 'sentra-atlas-runtime';

/**
 * Registers dist/sw.js (production builds only: the dev server's modules are not precached).
 * A worker that installs while another controls the page is a new version: the user is asked.
 */
export function registerServiceWorker(atlas: Atlas): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (atlas.view.getState().waitingWorker && !reloading) {
      reloading = true;
      location.reload();
    }
    atlas.view.setState({ offlineReady: true });
  });
  void sw
    .register('./sw.js')
    .then((reg) => {
      if (sw.controller) atlas.view.setState({ offlineReady: true });
      const offer = (w: ServiceWorker | null) => {
        if (w && sw.controller) {
          atlas.view.setState({ waitingWorker: w });
        }
      };
      offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const w = reg.installing;
        w?.addEventListener('statechange', () => {
          if (w.state === 'installed') offer(w);
        });
      });
    })
    .catch(() => undefined); // no service worker: the app still works online
}

/** Activates the waiting version; the page reloads when it takes over. */
export function applyUpdate(atlas: Atlas): void {
  atlas.view.getState().waitingWorker?.postMessage({ type: 'SKIP_WAITING' });
}

/** Makes sure files loaded at run time (DuckDB's wasm) are in the offline cache. */
export async function keepForOffline(urls: readonly string[]): Promise<void> {
  if (!import.meta.env.PROD || typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(RUNTIME);
    for (const u of urls) {
      const url = new URL(u, location.href).href;
      if (!(await caches.match(url, { ignoreSearch: true }))) await cache.add(url);
    }
  } catch {
    // Storage full or blocked: the app works online; offline use is simply not available.
  }
}
