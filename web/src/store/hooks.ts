import { createContext, createElement, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { Atlas, AtlasState } from './atlas';

const AtlasContext = createContext<Atlas | null>(null);

/** Gives the components below it one atlas (the app has one; tests may mount several). */
export function AtlasProvider({ atlas, children }: { readonly atlas: Atlas; readonly children: ReactNode }) {
  return createElement(AtlasContext.Provider, { value: atlas }, children);
}

/** The atlas of the surrounding provider: for actions and reads inside event handlers. */
export function useAtlas(): Atlas {
  const a = useContext(AtlasContext);
  if (!a) throw new Error('useAtlas: no <AtlasProvider> above this component');
  return a;
}

// One hook per slice; a selector must return stored values, never a new array or object.
export function useView<T>(select: (s: AtlasState['view']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.view));
}
export function useData<T>(select: (s: AtlasState['data']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.data));
}
export function useScoring<T>(select: (s: AtlasState['scoring']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.scoring));
}
export function useUserData<T>(select: (s: AtlasState['userData']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.userData));
}
export function useCuration<T>(select: (s: AtlasState['curation']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.curation));
}
export function useImportSession<T>(select: (s: AtlasState['importSession']) => T): T {
  return useStore(useAtlas().store, (s) => select(s.importSession));
}

/**
 * A slice's actions, for event handlers. Actions are made once per atlas and never change, so
 * this does not subscribe; read state through the selector hooks above, never from this.
 */
export function useActions<K extends keyof AtlasState>(slice: K): AtlasState[K] {
  return useAtlas()[slice].getState() as AtlasState[K];
}
