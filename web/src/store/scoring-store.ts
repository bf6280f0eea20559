import { create } from 'zustand';
import example from '../../../scenarios/coconut-processing-sulteng.json';
import type { Constraint, Criterion, Method, Scenario } from '../domain/scoring/scenario';
import type { ScoredRow } from '../domain/scoring/score-types';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ScoringResult {
  readonly seq: number;
  readonly scenario: Scenario;
  readonly rows: readonly ScoredRow[];
  readonly sql: string;
  /** Query start → ranking in the store, ms. */
  readonly ms: number;
}

/** A problem with the latest run; the previous ranking stays on screen. */
export interface ScoringMessage {
  readonly kind: 'invalid' | 'all_excluded' | 'engine';
  readonly lines: readonly string[];
}

export interface ScoringState {
  readonly scenario: Scenario;
  readonly engine: EngineStatus;
  readonly engineProgress: number;
  readonly engineError: string | null;
  readonly result: ScoringResult | null;
  readonly message: ScoringMessage | null;
  /** Why a scenario link could not be used (stays until dismissed). */
  readonly linkError: readonly string[] | null;
  readonly tab: 'map' | 'scoring' | 'data';
  /** Scenario B of a side-by-side comparison (ranked in the same region). */
  readonly compare: { readonly name: string; readonly rows: readonly ScoredRow[] } | null;
  setTab(tab: 'map' | 'scoring' | 'data'): void;
  setScenario(s: Scenario): void;
  updateCriterion(i: number, patch: Partial<Criterion>): void;
  addCriterion(c: Criterion): void;
  removeCriterion(i: number): void;
  setMethod(m: Method): void;
  setConstraints(c: readonly Constraint[]): void;
  setTopN(n: number): void;
  setName(name: string): void;
}

export const EXAMPLE_SCENARIO = example as Scenario;

export const useScoringStore = create<ScoringState>()((set) => ({
  scenario: EXAMPLE_SCENARIO,
  engine: 'idle',
  engineProgress: 0,
  engineError: null,
  result: null,
  message: null,
  linkError: null,
  tab: 'map',
  compare: null,
  setTab: (tab) => set({ tab }),
  setScenario: (scenario) => set({ scenario }),
  updateCriterion: (i, patch) =>
    set((s) => ({
      scenario: { ...s.scenario, criteria: s.scenario.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) },
    })),
  addCriterion: (c) => set((s) => ({ scenario: { ...s.scenario, criteria: [...s.scenario.criteria, c] } })),
  removeCriterion: (i) =>
    set((s) => ({ scenario: { ...s.scenario, criteria: s.scenario.criteria.filter((_, j) => j !== i) } })),
  setMethod: (method) => set((s) => ({ scenario: { ...s.scenario, method } })),
  setConstraints: (constraints) => set((s) => ({ scenario: { ...s.scenario, constraints } })),
  setTopN: (top_n) => set((s) => ({ scenario: { ...s.scenario, top_n } })),
  setName: (name) => set((s) => ({ scenario: { ...s.scenario, name } })),
}));
