import type { FeatureCollection } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';
import 'maplibre-gl/dist/maplibre-gl.css';
import { circle } from '@turf/turf';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RegionProps } from '../../domain/dataset-types';
import { rgbCss } from '../../domain/palette';
import { INITIAL_BOUNDS, viewById } from '../../domain/region-views';

import { useCatchment, useChoropleth, useScoreFill } from '../../store/selectors';

import { useT } from '../../ui/use-t';
import type { DeckOverlay } from './deck-overlay';
import { type MapPick, pickedPoint } from './map-pick';
import {
  CATCHMENT_BEFORE,
  CATCHMENT_SOURCE,
  catchmentLayer,
  codesFilter,
  labelFilter,
  mapStyle,
  REGION_FEATURES,
  REGION_FILL_LAYER,
  selectionFilter,
} from './map-style';
import { setFilterIfChanged, setPaintIfChanged } from './map-updates';
import { ATLAS_SOURCE } from './tile-source';
import { type TooltipContext, tooltipText } from './tooltip-text';
import { useDeckLayerState } from './use-deck-layer-state';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's worker now, while React mounts: the tile requests wait for it.
maplibregl.prewarm();

declare global {
  interface Window {
    /** A small test/bench API: end-to-end tests find kab/kota on screen through it. */
    __atlas?: {
      project(lon: number, lat: number): { x: number; y: number };
      mapReady: boolean;
    };
  }
}

/** The file a MapLibre error is about: a tile's path, else the map itself. */
function mapErrorFile(
  e: maplibregl.ErrorEvent & { tile?: { tileID?: { canonical: { z: number; x: number; y: number } } } },
) {
  const c = e.tile?.tileID?.canonical;
  return c ? `tiles/${c.z}/${c.x}/${c.y}.pbf` : 'map';
}

interface Hover {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export function MapView() {
  const atlas = useAtlas();
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<DeckOverlay | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const [deckReady, setDeckReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  // Hover lives in the map, not in the store.
  const [hover, setHover] = useState<Hover | null>(null);
  const t = useT();

  const regions = useData((s) => s.regions);
  const dataStatus = useData((s) => s.status);
  const catalog = useData((s) => s.catalog);
  const observations = useData((s) => s.observations);
  const lang = useView((s) => s.lang);
  const indicatorId = useView((s) => s.indicatorId);
  const view = useView((s) => s.view);
  const selection = useView((s) => s.selection);
  const presenting = useView((s) => s.presenting);
  const camera = useView((s) => s.camera);
  const choropleth = useChoropleth();
  const scoreFill = useScoreFill();
  const catchment = useCatchment();
  const tab = useScoring((s) => s.tab);
  const scoring = useScoring((s) => s.result);
  const deckState = useDeckLayerState();

  const tooltipCtx = useRef<TooltipContext>({ lang, catalog, observations, indicatorId, scoring: null });
  tooltipCtx.current = { lang, catalog, observations, indicatorId, scoring: scoreFill ? scoring : null };
  // The tiles carry only codes; hover and click read a kab/kota's attributes from here.
  const regionByCode = useRef<ReadonlyMap<string, RegionProps>>(new Map());
  useEffect(() => {
    regionByCode.current = new Map((regions?.features ?? []).map((f) => [f.properties.kemendagri_code, f.properties]));
  }, [regions]);
  // First frame = kab/kota in their colours (or data failed): set once the fill is in feature state.
  const coloured = useRef(false);
  const appliedFill = useRef(new Map<string, string>());

  // Create the map once, in the commit that mounts it (a layout effect): tiles start loading
  // before the data files are parsed.
  useLayoutEffect(() => {
    if (!container.current) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        // Built with the current view's label filter: changing a filter later re-lays out tiles.
        style: mapStyle(document.baseURI, viewById(atlas.view.getState().view).provinceCode),
        bounds: INITIAL_BOUNDS as [number, number, number, number],
        fitBoundsOptions: { padding: 24 },
        attributionControl: false,
        maxZoom: 13,
        minZoom: 3,
      });
    } catch (e) {
      setMapError((e as Error).message);
      return;
    }
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(
      new maplibregl.AttributionControl({
        compact: true,
        customAttribution:
          'BPS / OCHA ROAP (COD-AB) via geoBoundaries, CC BY 3.0 IGO · Natural Earth · MapLibre · deck.gl',
      }),
      'bottom-right',
    );
    mapRef.current = map;
    atlas.view.getState().setMap(map, false);
    window.__atlas = {
      project: (lon, lat) => {
        const p = map.project([lon, lat]);
        return { x: p.x, y: p.y };
      },
      mapReady: false,
    };

    // Points (deck.gl) are above the kab/kota (MapLibre): ask deck first.
    const pickAt = (point: maplibregl.Point): MapPick | null => {
      const overlay = overlayRef.current;
      const p = overlay ? pickedPoint(overlay.control.pickObject({ x: point.x, y: point.y, radius: 4 })) : null;
      if (p) return { kind: 'point', point: p };
      const f: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(point, { layers: [REGION_FILL_LAYER] })[0];
      const region = f ? regionByCode.current.get(String(f.properties.kemendagri_code)) : undefined;
      return region ? { kind: 'region', region } : null;
    };
    let hovered: string | null = null;
    const setHovered = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) map.setFeatureState({ ...REGION_FEATURES, id: hovered }, { hover: false });
      if (code) map.setFeatureState({ ...REGION_FEATURES, id: code }, { hover: true });
      hovered = code;
    };
    map.on('mousemove', (e) => {
      const pick = pickAt(e.point);
      setHovered(pick?.kind === 'region' ? pick.region.kemendagri_code : null);
      map.getCanvas().style.cursor = pick ? 'pointer' : '';
      setHover(pick ? { x: e.point.x, y: e.point.y, text: tooltipText(pick, tooltipCtx.current) } : null);
    });
    map.getCanvas().addEventListener('mouseleave', () => {
      setHovered(null);
      setHover(null);
    });
    map.on('click', (e) => {
      const pick = pickAt(e.point);
      const { select } = atlas.view.getState();
      if (pick?.kind === 'region') select({ kind: 'region', code: pick.region.kemendagri_code });
      else if (pick?.kind === 'point') select({ kind: 'point', layer: pick.point.layer, id: pick.point.id });
    });
    // 'style.load' (sources exist) rather than 'load' (first full render): data can go to the
    // worker while it is still booting.
    const onStyle = () => {
      performance.mark('map-style-loaded');
      setStyleReady(true);
    };
    if (map.isStyleLoaded()) onStyle();
    else map.once('style.load', onStyle);
    // A tile that fails (corrupt, server error) is named like any other data file; a 404 is open
    // sea and no error. The tiles around it still draw.
    map.on('error', (e) => {
      const report = { file: mapErrorFile(e), detail: e.error?.message ?? String(e.error) };
      atlas.data.setState((s) =>
        s.errors.some((x) => x.file === report.file) ? s : { errors: [...s.errors, report] },
      );
    });
    // The first frame drawn with every tile in view loaded and coloured: the "first map frame".
    const onRender = () => {
      if (!coloured.current || !map.isSourceLoaded(ATLAS_SOURCE) || !window.__atlas || window.__atlas.mapReady) return;
      map.off('render', onRender);
      window.__atlas.mapReady = true;
      performance.mark('first-map-frame');
      document.body.dataset.mapReady = 'true'; // end-to-end tests wait for it
      atlas.view.getState().setMap(map, true);
      // deck.gl (a second WebGL context and its shaders) starts after the first map frame, so
      // it never delays the map; the point layers follow a moment later.
      void import('./deck-overlay').then(({ createDeckOverlay }) => {
        if (mapRef.current !== map) return; // unmounted meanwhile
        const overlay = createDeckOverlay();
        map.addControl(overlay.control);
        overlayRef.current = overlay;
        setDeckReady(true);
      });
    };
    map.on('render', onRender);
    return () => {
      overlayRef.current = null;
      mapRef.current = null;
      atlas.view.getState().setMap(null, false);
      map.remove();
      // A remount (React's development double mount) makes a new map with its own style load.
      setStyleReady(false);
      setDeckReady(false);
      coloured.current = false;
      appliedFill.current = new Map();
    };
  }, [atlas]);

  // Choropleth (indicator or score): one feature state per kab/kota; geometry is never re-sent.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !regions) return;
    const fill = scoreFill?.fill ?? (tab === 'map' ? catchment?.fill : undefined) ?? choropleth?.fill;
    if (!fill) {
      if (dataStatus === 'done' && !coloured.current) {
        coloured.current = true; // nothing to colour with: show the map as it is
        map.triggerRepaint();
      }
      return;
    }
    // Only the kab/kota whose colour changed: every feature-state call schedules a repaint, and a
    // data update that leaves the colours as they were (published → merged observations at
    // start-up) must not cost a frame.
    const applied = appliedFill.current;
    for (const [code, rgb] of fill) {
      const css = rgbCss(rgb);
      if (applied.get(code) === css) continue;
      map.setFeatureState({ ...REGION_FEATURES, id: code }, { fill: css });
      applied.set(code, css);
    }
    for (const code of [...applied.keys()]) {
      if (fill.has(code)) continue;
      map.removeFeatureState({ ...REGION_FEATURES, id: code }, 'fill');
      applied.delete(code);
    }
    setFilterIfChanged(map, 'region-top', codesFilter(scoreFill?.topCodes ?? []));
    setFilterIfChanged(map, 'region-chosen', codesFilter(scoreFill?.chosenCodes ?? []));
    coloured.current = true;
  }, [styleReady, regions, choropleth, scoreFill, catchment, tab, dataStatus]);

  // Catchment rings (straight-line radii around the facility).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const f = catchment?.facility;
    const rings =
      f && f.lon !== null && f.lat !== null
        ? catchment.catchment.rings.map((r) =>
            circle([f.lon as number, f.lat as number], r.radiusKm, { steps: 96, units: 'kilometers' }),
          )
        : [];
    const data: FeatureCollection = { type: 'FeatureCollection', features: rings };
    const source = map.getSource(CATCHMENT_SOURCE) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else if (rings.length > 0) {
      map.addSource(CATCHMENT_SOURCE, { type: 'geojson', data });
      map.addLayer(catchmentLayer(), CATCHMENT_BEFORE);
    }
  }, [styleReady, catchment]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    setFilterIfChanged(map, 'region-selected', selectionFilter(selection?.kind === 'region' ? selection.code : null));
    // In a room the highlighted kab/kota must read from the back row.
    setPaintIfChanged(map, 'region-selected', 'line-width', presenting ? 7 : 3.2);
    setPaintIfChanged(map, 'region-selected', 'line-color', presenting ? '#000000' : '#111111');
  }, [styleReady, selection, presenting]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    setFilterIfChanged(map, 'region-labels', labelFilter(viewById(view).provinceCode));
  }, [styleReady, view]);

  useEffect(() => {
    if (deckReady) overlayRef.current?.update(deckState);
  }, [deckReady, deckState]);

  // Camera requests (region switch, search); the camera itself lives in the map.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    const [w, s, e, n] = camera.bounds;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 40, duration: 500, maxZoom: 10 },
    );
  }, [camera]);

  return (
    <div className="map-wrap">
      <section ref={container} className="map" data-testid="map" aria-label={t('appSubtitle')} />
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-testid="map-tooltip">
          {hover.text}
        </div>
      )}
      {mapError && (
        <div className="map-error" role="alert">
          {t('mapUnavailable', { message: mapError })}
        </div>
      )}
    </div>
  );
}
