import { create } from 'zustand';
import example from '../../../scenarios/coconut-processing-sulteng.json';
import type { AhpDraft } from '../domain/decision/ahp-draft';
import type { Constraint, Criterion, Method, Scenario } from '../domain/scoring/scenario';
import type { ScoredRow } from '../domain/scoring/score-types';
import { readWorkingDraft } from './working-draft';

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
  /**
   * The FGD's AHP judgements being collected for the working scenario (null: none yet). Kept
   * here, not in the panel, so a tab switch, a criteria change or presenting never loses them.
   */
  readonly ahpDraft: AhpDraft | null;
  /** The browser refused the last autosave (full or private storage). */
  readonly draftNotSaved: boolean;
  setAhpDraft(d: AhpDraft | null): void;
  setTab(tab: 'map' | 'scoring' | 'data'): void;
  setScenario(s: Scenario): void;
  /** A weight set by hand ends the AHP weighting (the judgements stay in the draft). */
  updateCriterion(i: number, patch: Partial<Criterion>): void;
  /** Weights from AHP, with the judgements they come from (shown in the report). */
  applyAhp(weights: readonly number[], ahp: NonNullable<Scenario['ahp']>): void;
  addCriterion(c: Criterion): void;
  removeCriterion(i: number): void;
  setMethod(m: Method): void;
  setConstraints(c: readonly Constraint[]): void;
  setTopN(n: number): void;
  setName(name: string): void;
}

export const EXAMPLE_SCENARIO = example as Scenario;

function withoutAhp(s: Scenario): Scenario {
  const { ahp: _ended, ...rest } = s;
  return rest;
}

/** The working scenario and AHP judgements saved by the autosave, or the example. */
function restoreWorkingDraft(): { scenario: Scenario; ahpDraft: AhpDraft | null } {
  const d = readWorkingDraft(typeof window !== 'undefined' ? window.localStorage : undefined);
  return d ?? { scenario: EXAMPLE_SCENARIO, ahpDraft: null };
}

export const useScoringStore = create<ScoringState>()((set) => ({
  ...restoreWorkingDraft(),
  engine: 'idle',
  engineProgress: 0,
  engineError: null,
  result: null,
  message: null,
  linkError: null,
  tab: 'map',
  compare: null,
  draftNotSaved: false,
  setAhpDraft: (ahpDraft) => set({ ahpDraft }),
  setTab: (tab) => set({ tab }),
  setScenario: (scenario) => set({ scenario }),
  updateCriterion: (i, patch) =>
    set((s) => ({
      scenario: {
        ...(patch.weight === undefined ? s.scenario : withoutAhp(s.scenario)),
        criteria: s.scenario.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)),
      },
    })),
  applyAhp: (weights, ahp) =>
    set((s) => ({
      scenario: {
        ...s.scenario,
        ahp,
        criteria: s.scenario.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? c.weight })),
      },
    })),
  // The judgements' matrix no longer fits another criteria list: the weights stay, AHP ends.
  addCriterion: (c) => set((s) => ({ scenario: { ...withoutAhp(s.scenario), criteria: [...s.scenario.criteria, c] } })),
  removeCriterion: (i) =>
    set((s) => ({ scenario: { ...withoutAhp(s.scenario), criteria: s.scenario.criteria.filter((_, j) => j !== i) } })),
  setMethod: (method) => set((s) => ({ scenario: { ...s.scenario, method } })),
  setConstraints: (constraints) => set((s) => ({ scenario: { ...s.scenario, constraints } })),
  setTopN: (top_n) => set((s) => ({ scenario: { ...s.scenario, top_n } })),
  setName: (name) => set((s) => ({ scenario: { ...s.scenario, name } })),
}));
