import example from '../../../scenarios/coconut-processing-sulteng.json';
import type { AhpDraft } from '../domain/decision/ahp-draft';
import type { Uncertainty } from '../domain/decision/uncertainty';
import { OWA_DEFAULT_ALPHA } from '../domain/scoring/method-tag';
import type { Constraint, Criterion, Method, Scenario, SiteSetSpec } from '../domain/scoring/scenario';
import type { ScoredRow } from '../domain/scoring/score-types';
import type { SetMembership } from '../domain/selection/set-membership';
import type { SiteSetOutcome } from '../domain/selection/site-set';
import type { ObjectiveKind, ObjectiveWeights } from '../domain/weighting/objective';
import type { SliceGet, SliceSet } from './slice-api';
import type { KeyValueStorage } from './storage';
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

export interface WorkbenchResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  /** Statements run (all but the last produce no table). */
  readonly statements: number;
  readonly ms: number;
}

export type WorkbenchOutcome =
  | { readonly ok: true; readonly result: WorkbenchResult }
  | {
      readonly ok: false;
      /** 'restored': a protected table was changed anyway and has been rebuilt from the data. */
      readonly kind: 'not_ready' | 'protected' | 'not_allowed' | 'sql' | 'restored';
      readonly detail: string;
      /** 1-based statement number and the line it starts on. */
      readonly statement: number;
      readonly line: number;
    };

/**
 * What the engine can do for the panels, provided by the scoring effect once DuckDB is ready
 * (null before): panels call these and never touch the engine themselves.
 */
/** The answer of the site-set solver for one ranking (`forSeq` = the result's seq). */
export interface SiteSetState {
  readonly forSeq: number;
  readonly solving: boolean;
  readonly outcome: SiteSetOutcome | null;
  /** Candidates the solver chose from. */
  readonly candidates: number;
  readonly ms: number;
  /** P(in the chosen set) per kab/kota, once the re-solved draws are in. */
  readonly membership?: SetMembership;
}

export interface ScoringRunner {
  /** Runs the working scenario now (also the bench and tests entry point). */
  rescore(): Promise<void>;
  /** Ranks scenario B in the region in view, for a side-by-side comparison. */
  compareWith(b: Scenario): Promise<void>;
  /** Entropy and CRITIC weights of a scenario's candidates in the region in view (null: invalid scenario). */
  objectiveWeights(s: Scenario): Promise<Readonly<Record<ObjectiveKind, ObjectiveWeights>> | null>;
  /** The SQL workbench: every statement checked before any runs. */
  runSql(sql: string): Promise<WorkbenchOutcome>;
  /** Plain rows of a query (benchmarks). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Row count of a query's Arrow result, without converting it (benchmarks). */
  queryRows(sql: string): Promise<number>;
}

export type Tab = 'map' | 'scoring' | 'data';

export interface ScoringSlice {
  readonly scenario: Scenario;
  readonly engine: EngineStatus;
  readonly engineProgress: number;
  readonly engineError: string | null;
  readonly runner: ScoringRunner | null;
  readonly result: ScoringResult | null;
  readonly message: ScoringMessage | null;
  /** Why a scenario link could not be used (stays until dismissed). */
  readonly linkError: readonly string[] | null;
  readonly tab: Tab;
  /** Scenario B of a side-by-side comparison (ranked in the same region). */
  readonly compare: { readonly name: string; readonly rows: readonly ScoredRow[] } | null;
  /**
   * The FGD's AHP judgements being collected for the working scenario (null: none yet). Kept
   * here, not in the panel, so a tab switch, a criteria change or presenting never loses them.
   */
  readonly ahpDraft: AhpDraft | null;
  /** "Pilih N lokasi": the solver's answer for the ranking on screen (null: no site set asked). */
  readonly siteSet: SiteSetState | null;
  /** A site set switched off, kept so switching it on again restores its limits. */
  readonly siteSetParked: SiteSetSpec | null;
  /** Stability and rank ranges of the ranking `forSeq` (weights, and missing values), from a worker. */
  readonly uncertainty: { readonly forSeq: number; readonly value: Uncertainty; readonly ms: number } | null;
  /** The browser refused the last autosave (full or private storage). */
  readonly draftNotSaved: boolean;
  setAhpDraft(d: AhpDraft | null): void;
  setTab(tab: Tab): void;
  setScenario(s: Scenario): void;
  /** A weight set by hand ends the AHP weighting (the judgements stay in the draft). */
  updateCriterion(i: number, patch: Partial<Criterion>): void;
  /** Weights from AHP, with the judgements they come from (shown in the report). */
  applyAhp(weights: readonly number[], ahp: NonNullable<Scenario['ahp']>): void;
  addCriterion(c: Criterion): void;
  removeCriterion(i: number): void;
  setMethod(m: Method): void;
  /** OWA's quantifier exponent α (> 0). */
  setOwaAlpha(alpha: number): void;
  setConstraints(c: readonly Constraint[]): void;
  setTopN(n: number): void;
  setName(name: string): void;
  /** Sets the site set's limits; undefined switches it off (the limits are parked). */
  setSiteSet(spec: SiteSetSpec | undefined): void;
  /**
   * Rank with weights computed from the data, or back to the room's (null). The room's weights
   * stay in the criteria meanwhile, so going back loses nothing.
   */
  setWeightsFrom(kind: ObjectiveKind | null): void;
}

export const EXAMPLE_SCENARIO = example as Scenario;

/** Weights set by hand (or by AHP) end AHP weighting and data-derived weights alike. */
function withoutAhp(s: Scenario): Scenario {
  const { ahp: _ended, weights_from: _also, ...rest } = s;
  return rest;
}

export function createScoringSlice(
  set: SliceSet<ScoringSlice>,
  _get: SliceGet<ScoringSlice>,
  storage: KeyValueStorage | undefined,
): ScoringSlice {
  // The working scenario and AHP judgements the autosave kept, or the example.
  const draft = readWorkingDraft(storage) ?? { scenario: EXAMPLE_SCENARIO, ahpDraft: null };
  return {
    ...draft,
    engine: 'idle',
    engineProgress: 0,
    engineError: null,
    runner: null,
    result: null,
    message: null,
    linkError: null,
    tab: 'map',
    compare: null,
    draftNotSaved: false,
    siteSet: null,
    siteSetParked: null,
    uncertainty: null,
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
    addCriterion: (c) =>
      set((s) => ({ scenario: { ...withoutAhp(s.scenario), criteria: [...s.scenario.criteria, c] } })),
    removeCriterion: (i) =>
      set((s) => ({
        scenario: { ...withoutAhp(s.scenario), criteria: s.scenario.criteria.filter((_, j) => j !== i) },
      })),
    // OWA needs an α: a first pick gets the default; a later switch back keeps the user's α.
    setMethod: (method) =>
      set((s) => ({
        scenario: {
          ...s.scenario,
          method,
          ...(method === 'owa' && s.scenario.owa_alpha === undefined ? { owa_alpha: OWA_DEFAULT_ALPHA } : {}),
        },
      })),
    setOwaAlpha: (owa_alpha) => set((s) => ({ scenario: { ...s.scenario, owa_alpha } })),
    setConstraints: (constraints) => set((s) => ({ scenario: { ...s.scenario, constraints } })),
    setTopN: (top_n) => set((s) => ({ scenario: { ...s.scenario, top_n } })),
    setName: (name) => set((s) => ({ scenario: { ...s.scenario, name } })),
    setSiteSet: (spec) =>
      set((s) => {
        if (spec) return { scenario: { ...s.scenario, site_set: spec } };
        const { site_set: parked, ...rest } = s.scenario;
        return { scenario: rest, siteSetParked: parked ?? s.siteSetParked, siteSet: null };
      }),
    setWeightsFrom: (kind) =>
      set((s) => {
        const { weights_from: _w, ...room } = s.scenario;
        if (!kind) return { scenario: room };
        // AHP's weights are already in the criteria (applyAhp): they stay as the room's.
        const { ahp: _a, ...rest } = room;
        return { scenario: { ...rest, weights_from: kind } };
      }),
  };
}
