import { create } from 'zustand';
import type { Lang, PointLayerId } from '../domain/dataset-types';
import { DEFAULT_VIEW, type RegionViewId } from '../domain/region-views';
import { loadLang, saveLang } from './persist';

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

export interface AppState {
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
  setPresenting(on: boolean): void;
  setCatchment(c: CatchmentSettings | null): void;
  setLang(lang: Lang): void;
  setView(view: RegionViewId, bounds: readonly [number, number, number, number]): void;
  setIndicator(id: string): void;
  toggleLayer(layer: PointLayerId): void;
  select(selection: Selection | null): void;
  focus(bounds: readonly [number, number, number, number]): void;
  setAboutOpen(open: boolean): void;
}

const storage = typeof window !== 'undefined' ? window.localStorage : undefined;

export const DEFAULT_INDICATOR = 'pop_2024';

export function createAppStore(initialLang: Lang = loadLang(storage)) {
  return create<AppState>()((set) => ({
    lang: initialLang,
    view: DEFAULT_VIEW,
    indicatorId: DEFAULT_INDICATOR,
    layers: { sentra: true, estates: true, ports: true, processors: false },
    selection: null,
    aboutOpen: false,
    camera: null,
    catchment: null,
    presenting: false,
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
  }));
}

export const useAppStore = createAppStore();
