/**
 * Baseline for "time to first map frame": MapLibre alone drawing the app's style and vector
 * tiles, in a container of the app's map size (?w=&h=), framed to the same bounds. No React, no
 * store, no data files. Marks `first-map-frame` when the tiles in view are loaded and drawn.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { INITIAL_BOUNDS } from '../../../web/src/domain/region-views';
import { mapStyle } from '../../../web/src/features/map/map-style';
import { ATLAS_SOURCE } from '../../../web/src/features/map/tile-source';

// The app's own setup: the same worker, started as early.
maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

const q = new URLSearchParams(location.search);
const el = document.getElementById('map') as HTMLElement;
el.style.width = `${Number(q.get('w') ?? 1000)}px`;
el.style.height = `${Number(q.get('h') ?? 800)}px`;
el.style.left = `${Number(q.get('x') ?? 0)}px`;
el.style.top = `${Number(q.get('y') ?? 0)}px`;
const map = new maplibregl.Map({
  container: el,
  style: mapStyle(document.baseURI, '72'),
  bounds: INITIAL_BOUNDS as [number, number, number, number],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  maxZoom: 13,
  minZoom: 3,
});
const onRender = () => {
  if (!map.isSourceLoaded(ATLAS_SOURCE)) return;
  map.off('render', onRender);
  performance.mark('first-map-frame');
  document.body.dataset.mapReady = 'true';
};
map.on('render', onRender);
