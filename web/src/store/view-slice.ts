import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang, PointLayerId } from '../domain/dataset-types';
import type { AhpDraft } from '../domain/decision/ahp-draft';
import { DEFAULT_VIEW, type RegionViewId } from '../domain/region-views';
import type { Scenario } from '../domain/scoring/scenario';
import { loadLang, saveLang } from './persist';
import type { SliceGet, SliceSet } from './slice-api';
import type { KeyValueStorage } from './storage';

export type Selection =
  | { readonly kind: 'region'; readonly code: string }
  | { readonly kind: 'point'; readonly layer: PointLayerId; readonly id: string };

/** A request for the map to move; the map consumes it (camera itself lives in the map). */
export interface CameraRequest {
  readonly seq: number;
  readonly bounds: readonly [number, number, number, number];
}

/** A facility's catchment on the map: rings, supply colours and arcs. */
export interface CatchmentSettings {
  readonly layer: 'estates' | 'ports';
  readonly id: string;
  readonly radiiKm: readonly number[];
  readonly indicator: string;
}

/** What is on screen: language, region, indicator, layers, selection, presenting, the map. */
export interface ViewSlice {
  readonly lang: Lang;
  readonly view: RegionViewId;
  readonly indicatorId: string;
  readonly layers: Readonly<Record<PointLayerId, boolean>>;
  readonly selection: Selection | null;
  readonly aboutOpen: boolean;
  readonly camera: CameraRequest | null;
  readonly catchment: CatchmentSettings | null;
  /** Presentation mode for a room: large type, map + ranking + weights, scenarios as slides. */
  readonly presenting: boolean;
  /** The show while presenting: its slides, the one shown, and the work to put back at the end. */
  readonly show: Show | null;
  /** The map has drawn its first frame (DuckDB starts after it, so it never delays the map). */
  readonly mapReady: boolean;
  /** The live MapLibre map, for exports that re-render it at another size (runtime only). */
  readonly map: MapLibreMap | null;
  /** A new version of the app is installed and waiting: the page offers a reload (runtime only). */
  readonly waitingWorker: ServiceWorker | null;
  /** The page is served by the service worker (works offline after this visit). */
  readonly offlineReady: boolean;
  setPresenting(on: boolean): void;
  setCatchment(c: CatchmentSettings | null): void;
  setLang(lang: Lang): void;
  setView(view: RegionViewId, bounds: readonly [number, number, number, number]): void;
  setIndicator(id: string): void;
  toggleLayer(layer: PointLayerId): void;
  select(selection: Selection | null): void;
  focus(bounds: readonly [number, number, number, number]): void;
  setAboutOpen(open: boolean): void;
  setMap(map: MapLibreMap | null, ready: boolean): void;
}

/** Slides fixed when the show starts; `working` is the working scenario, judgements and region then. */
export interface Show {
  readonly slides: readonly Scenario[];
  readonly index: number;
  readonly working: { readonly scenario: Scenario; readonly ahpDraft: AhpDraft | null; readonly view: RegionViewId };
}

export const DEFAULT_INDICATOR = 'pop_2024';

export function createViewSlice(
  set: SliceSet<ViewSlice>,
  _get: SliceGet<ViewSlice>,
  storage: KeyValueStorage | undefined,
): ViewSlice {
  return {
    lang: loadLang(storage),
    view: DEFAULT_VIEW,
    indicatorId: DEFAULT_INDICATOR,
    layers: { sentra: true, estates: true, ports: true, processors: false },
    selection: null,
    aboutOpen: false,
    camera: null,
    catchment: null,
    presenting: false,
    show: null,
    mapReady: false,
    map: null,
    waitingWorker: null,
    offlineReady: false,
    setPresenting: (presenting) => set({ presenting }),
    setCatchment: (catchment) => set({ catchment }),
    setLang: (lang) => {
      saveLang(storage, lang);
      set({ lang });
    },
    setView: (view, bounds) => set((s) => ({ view, camera: { seq: (s.camera?.seq ?? 0) + 1, bounds } })),
    setIndicator: (indicatorId) => set({ indicatorId }),
    toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
    select: (selection) => set({ selection }),
    focus: (bounds) => set((s) => ({ camera: { seq: (s.camera?.seq ?? 0) + 1, bounds } })),
    setAboutOpen: (aboutOpen) => set({ aboutOpen }),
    setMap: (map, mapReady) => set({ map, mapReady }),
  };
}
