import type { Feature } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { circle } from '@turf/turf';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef, useState } from 'react';
import type { RegionProps } from '../domain/dataset-types';
import { rgbCss } from '../domain/palette';
import { INITIAL_BOUNDS, viewById } from '../domain/region-views';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { useScoringStore } from '../store/scoring-store';
import { useCatchment, useChoropleth, useDeckLayerState, useScoreFill } from '../store/selectors';
import type { DeckOverlay } from './deck-overlay';
import { registerExportMap } from './map-export';
import { type MapPick, pickedPoint } from './map-pick';
import {
  codesFilter,
  glyphsUrlFor,
  labelFilter,
  labelPoints,
  mapStyle,
  REGION_FILL_LAYER,
  REGION_SOURCE,
  selectionFilter,
} from './map-style';
import { type TooltipContext, tooltipText } from './tooltip-text';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** A small test/bench API: end-to-end tests find kab/kota on screen through it. */
    __atlas?: {
      project(lon: number, lat: number): { x: number; y: number };
      mapReady: boolean;
    };
  }
}

interface Hover {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export function MapView() {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<DeckOverlay | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const [deckReady, setDeckReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  // Hover lives in the map, not in the store.
  const [hover, setHover] = useState<Hover | null>(null);
  const t = useT();

  const regions = useDataStore((s) => s.regions);
  const basemap = useDataStore((s) => s.basemap);
  const catalog = useDataStore((s) => s.catalog);
  const observations = useDataStore((s) => s.observations);
  const lang = useAppStore((s) => s.lang);
  const indicatorId = useAppStore((s) => s.indicatorId);
  const view = useAppStore((s) => s.view);
  const selection = useAppStore((s) => s.selection);
  const presenting = useAppStore((s) => s.presenting);
  const camera = useAppStore((s) => s.camera);
  const choropleth = useChoropleth();
  const scoreFill = useScoreFill();
  const catchment = useCatchment();
  const tab = useScoringStore((s) => s.tab);
  const scoring = useScoringStore((s) => s.result);
  const deckState = useDeckLayerState();

  const tooltipCtx = useRef<TooltipContext>({ lang, catalog, observations, indicatorId, scoring: null });
  tooltipCtx.current = { lang, catalog, observations, indicatorId, scoring: scoreFill ? scoring : null };

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: mapStyle(glyphsUrlFor(document.baseURI)),
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
    registerExportMap(map);
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
      return f ? { kind: 'region', region: f.properties as RegionProps } : null;
    };
    let hovered: string | null = null;
    const setHovered = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) map.setFeatureState({ source: REGION_SOURCE, id: hovered }, { hover: false });
      if (code) map.setFeatureState({ source: REGION_SOURCE, id: code }, { hover: true });
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
      const { select } = useAppStore.getState();
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
    return () => {
      overlayRef.current = null;
      mapRef.current = null;
      registerExportMap(null);
      map.remove();
    };
  }, []);

  // Kab/kota geometry, province borders and labels into MapLibre.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !regions) return;
    performance.mark('regions-set');
    (map.getSource(REGION_SOURCE) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: regions.features as unknown as Feature[],
    });
    (map.getSource('province-borders') as GeoJSONSource).setData({
      type: 'Feature',
      properties: {},
      geometry: regions.provinceBorders,
    });
    (map.getSource('region-labels') as GeoJSONSource).setData(labelPoints(regions.features));
    // The first frame drawn with every visible kab/kota tile loaded: the "first map frame".
    const onRender = () => {
      if (!map.isSourceLoaded(REGION_SOURCE) || !window.__atlas || window.__atlas.mapReady) return;
      map.off('render', onRender);
      window.__atlas.mapReady = true;
      performance.mark('first-map-frame');
      document.body.dataset.mapReady = 'true';
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
      map.off('render', onRender);
    };
  }, [styleReady, regions]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !basemap) return;
    (map.getSource('context') as GeoJSONSource).setData(basemap);
  }, [styleReady, basemap]);

  // Choropleth (indicator or score): one feature state per kab/kota; geometry is never re-sent.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !regions) return;
    const fill = scoreFill?.fill ?? (tab === 'map' ? catchment?.fill : undefined) ?? choropleth?.fill;
    if (!fill) return;
    for (const [code, rgb] of fill) map.setFeatureState({ source: REGION_SOURCE, id: code }, { fill: rgbCss(rgb) });
    map.setFilter('region-top', codesFilter(scoreFill?.topCodes ?? []));
  }, [styleReady, regions, choropleth, scoreFill, catchment, tab]);

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
    (map.getSource('catchment') as GeoJSONSource).setData({ type: 'FeatureCollection', features: rings });
  }, [styleReady, catchment]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    map.setFilter('region-selected', selectionFilter(selection?.kind === 'region' ? selection.code : null));
    // In a room the highlighted kab/kota must read from the back row.
    map.setPaintProperty('region-selected', 'line-width', presenting ? 7 : 3.2);
    map.setPaintProperty('region-selected', 'line-color', presenting ? '#000000' : '#111111');
  }, [styleReady, selection, presenting]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    map.setFilter('region-labels', labelFilter(viewById(view).provinceCode));
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
