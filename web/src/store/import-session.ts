import { create } from 'zustand';
import { dataUrl } from '../data/load-data';
import type { RegionProps } from '../domain/dataset-types';
import { buildPointImport, buildTableImport, type CellProblem } from '../domain/import/build-import';
import { type ColumnProfile, codeSystemOf, guessRegionColumn } from '../domain/import/column-types';
import type { NumberStyle } from '../domain/import/parse-number';
import { ImportFileError, MAX_IMPORT_BYTES, type ReadResult } from '../domain/import/read-file';
import { parseRegionAliases } from '../domain/import/region-aliases';
import {
  type CodeSystem,
  createRegionMatcher,
  type MatchReport,
  matchColumn,
  type RegionAlias,
  type RegionMatcher,
} from '../domain/import/region-matcher';
import { type UserIndicatorDef, userIndicatorId } from '../domain/import/user-dataset';
import { viewById } from '../domain/region-views';
import { useAppStore } from './app-store';
import { useDataStore } from './data-store';
import { readInWorker } from './read-in-worker';
import { addImport, newImportId } from './user-data';

/** What the user chose for one numeric column. */
export interface ColumnChoice {
  readonly on: boolean;
  readonly label: string;
  readonly unit: string;
  readonly aggregate: 'sum' | 'mean';
}

/** A file being imported: what was read, and every choice the user made in the preview. */
export interface Staged {
  readonly fileName: string;
  readonly data: ArrayBuffer;
  readonly read: ReadResult;
  readonly profiles: readonly ColumnProfile[];
  readonly mode: 'table' | 'points';
  readonly regionColumn: number | null;
  readonly system: CodeSystem;
  /** Match against the kab/kota of this province (Kemendagri code) or all Indonesia (null). */
  readonly scope: string | null;
  readonly fixes: ReadonlyMap<number, string>;
  readonly style: NumberStyle;
  readonly styleCertain: boolean;
  readonly columns: Readonly<Record<number, ColumnChoice>>;
  readonly lonColumn: number | null;
  readonly latColumn: number | null;
  readonly labelColumn: number | null;
  readonly source: string;
  readonly year: string;
}

export interface ImportSessionState {
  readonly staged: Staged | null;
  /** Reading the file (loaded/total bytes), then parsing it in the worker (`parsing`). */
  readonly progress: {
    readonly fileName: string;
    readonly loaded: number;
    readonly total: number;
    readonly parsing?: boolean;
  } | null;
  readonly error: string | null;
  /** The last finished import: what it added, and the cells that could not be read. */
  readonly done: {
    readonly fileName: string;
    readonly values: number;
    readonly indicators: number;
    readonly problems: readonly CellProblem[];
    readonly unlocated: number;
  } | null;
  readonly problems: readonly CellProblem[];
}

export const useImportSession = create<ImportSessionState>()(() => ({
  staged: null,
  progress: null,
  error: null,
  done: null,
  problems: [],
}));

let aliases: Promise<RegionAlias[]> | null = null;
/** region-aliases.csv is only needed when importing: fetched on first use. A failed fetch just means fewer matches. */
function loadAliases(): Promise<RegionAlias[]> {
  aliases ??= fetch(dataUrl('region-aliases.csv'))
    .then((r) => (r.ok ? r.text() : ''))
    .then((t) => (t ? parseRegionAliases(t) : []))
    .catch(() => []);
  return aliases;
}

let matcherCache: { key: string; matcher: RegionMatcher } | null = null;
async function matcherFor(scope: string | null): Promise<RegionMatcher> {
  const key = scope ?? 'all';
  if (matcherCache?.key === key) return matcherCache.matcher;
  const d = useDataStore.getState();
  const all = d.regions?.features.map((f) => f.properties) ?? [];
  const regions = scope === null ? all : all.filter((r) => r.kemendagri_prov_code === scope);
  const provinceNames = d.catalog?.provinces.map((p) => p.name) ?? [];
  const matcher = createRegionMatcher(regions, await loadAliases(), provinceNames);
  matcherCache = { key, matcher };
  return matcher;
}

/** The staged file's match report (recomputed from the choices; cheap for thousands of rows). */
export function stagedReport(s: Staged, matcher: RegionMatcher): MatchReport | null {
  if (s.regionColumn === null) return null;
  const col = s.regionColumn;
  return matchColumn(
    matcher,
    s.read.table.rows.map((r) => r[col] ?? ''),
    s.system,
    s.fixes,
  );
}

export function useStagedMatcher(): RegionMatcher | null {
  return useImportSession((s) =>
    s.staged && matcherCache?.key === (s.staged.scope ?? 'all') ? matcherCache.matcher : null,
  );
}

const unitIn = (header: string) => /\(([^)]+)\)\s*$/.exec(header)?.[1] ?? '';
const yearIn = (texts: readonly string[]) =>
  texts.map((t) => /\b(19[5-9]\d|20[0-4]\d)\b/.exec(t)?.[1]).find(Boolean) ?? '';

function readFileWithProgress(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) =>
      useImportSession.setState({ progress: { fileName: file.name, loaded: e.loaded, total: e.total || file.size } });
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(new ImportFileError(`${file.name}: could not be read (${reader.error?.message ?? 'unknown error'})`));
    reader.readAsArrayBuffer(file);
  });
}

async function stage(
  fileName: string,
  data: ArrayBuffer,
  opts: { sheet?: string; headerIndex?: number },
): Promise<void> {
  const regions = useDataStore.getState().regions?.features.map((f) => f.properties) ?? [];
  const { read, profiles } = await readInWorker(fileName, data, opts, {
    bps: regions.map((r) => r.bps_code),
    kemendagri: regions.map((r) => r.kemendagri_code),
  });
  const lat = profiles.find((p) => p.kind === 'latitude')?.index ?? null;
  const lon = profiles.find((p) => p.kind === 'longitude')?.index ?? null;
  const regionColumn = guessRegionColumn(profiles);
  const system = regionColumn === null ? 'name' : codeSystemOf(profiles[regionColumn]?.kind ?? 'text');
  const numbers = profiles.filter((p) => p.kind === 'number');
  const certain = numbers.find((p) => p.styleCertain);
  const viewProvince = viewById(useAppStore.getState().view).provinceCode;
  // Match within the region in view unless all Indonesia matches clearly more rows.
  let scope: string | null = viewProvince;
  if (regionColumn !== null && viewProvince !== null) {
    const cells = read.table.rows.map((r) => r[regionColumn] ?? '');
    const inView = matchColumn(await matcherFor(viewProvince), cells, system).matched;
    const national = matchColumn(await matcherFor(null), cells, system).matched;
    if (national > inView) scope = null;
  }
  await matcherFor(scope);
  const columns: Record<number, ColumnChoice> = {};
  for (const p of numbers)
    columns[p.index] = {
      on: p.index !== regionColumn,
      label: p.name.replace(/\s*\([^)]*\)\s*$/, ''),
      unit: unitIn(p.name),
      aggregate: 'sum',
    };
  const prev = useImportSession.getState().staged;
  useImportSession.setState({
    staged: {
      fileName,
      data,
      read,
      profiles,
      mode: lat !== null && lon !== null ? 'points' : 'table',
      regionColumn,
      system,
      scope,
      fixes: prev?.fileName === fileName && prev.regionColumn === regionColumn ? prev.fixes : new Map(),
      style: certain?.style ?? numbers[0]?.style ?? read.fallbackStyle,
      styleCertain: certain !== undefined,
      columns,
      lonColumn: lon,
      latColumn: lat,
      labelColumn: profiles.find((p) => p.kind === 'text' || p.kind === 'region_name')?.index ?? null,
      source:
        prev?.fileName === fileName ? prev.source : (read.table.preamble.find((l) => /sumber|source/i.test(l)) ?? ''),
      year: prev?.fileName === fileName ? prev.year : yearIn([...read.table.header, ...read.table.preamble]),
    },
    error: null,
    progress: null,
  });
}

/** Opens a file for import. A bad file gives a message; whatever was imported before is untouched. */
export async function openImportFile(file: File): Promise<void> {
  useImportSession.setState({ error: null, done: null, problems: [] });
  if (file.size > MAX_IMPORT_BYTES) {
    useImportSession.setState({
      error: `${file.name}: ${(file.size / 1024 / 1024).toFixed(0)} MB > ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    });
    return;
  }
  try {
    const data = await readFileWithProgress(file);
    useImportSession.setState({
      progress: { fileName: file.name, loaded: file.size, total: file.size, parsing: true },
    });
    await stage(file.name, data, {});
  } catch (e) {
    useImportSession.setState({ error: (e as Error).message, progress: null });
  }
}

/** Re-reads the staged file with another sheet or header row. */
export async function restage(opts: { sheet?: string; headerIndex?: number }): Promise<void> {
  const s = useImportSession.getState().staged;
  if (!s) return;
  try {
    await stage(s.fileName, s.data, {
      sheet: opts.sheet ?? s.read.sheet,
      ...(opts.headerIndex === undefined ? {} : { headerIndex: opts.headerIndex }),
    });
  } catch (e) {
    useImportSession.setState({ error: (e as Error).message });
  }
}

export function updateStaged(patch: Partial<Staged>): void {
  const s = useImportSession.getState().staged;
  if (!s) return;
  const next = { ...s, ...patch };
  if (patch.scope !== undefined && patch.scope !== s.scope) {
    void matcherFor(patch.scope).then(() => useImportSession.setState({ staged: { ...next } }));
  }
  useImportSession.setState({ staged: next });
}

export function cancelImport(): void {
  useImportSession.setState({ staged: null, error: null });
}

/** The kab/kota the preview offers for a fix: those in the matching scope. */
export function scopeRegions(scope: string | null): RegionProps[] {
  const all = useDataStore.getState().regions?.features.map((f) => f.properties) ?? [];
  return (scope === null ? all : all.filter((r) => r.kemendagri_prov_code === scope)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

/** Why the staged import cannot be added yet (message keys), or an empty list. */
export function stagedBlockers(
  s: Staged,
  report: MatchReport | null,
): ('needSource' | 'needColumn' | 'needRegion' | 'noMatches')[] {
  const out: ('needSource' | 'needColumn' | 'needRegion' | 'noMatches')[] = [];
  if (s.source.trim() === '') out.push('needSource');
  const any = Object.values(s.columns).some((c) => c.on);
  if (s.mode === 'table') {
    if (s.regionColumn === null) out.push('needRegion');
    else if (report && report.matched === 0) out.push('noMatches');
    if (!any) out.push('needColumn');
  } else if (s.lonColumn === null || s.latColumn === null) out.push('needRegion');
  return out;
}

/** Builds the import from the preview's choices and stores it (IndexedDB). */
export async function commitImport(now: Date = new Date()): Promise<void> {
  const s = useImportSession.getState().staged;
  if (!s) return;
  const d = useDataStore.getState();
  const regions = new Map<string, RegionProps>(
    d.regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]),
  );
  const id = newImportId(now.getTime());
  const taken = new Set<string>(d.catalog?.indicators.map((i) => i.id));
  const defOf = (column: string, label: string, unit: string): UserIndicatorDef => {
    const def = {
      id: userIndicatorId(id, column, taken),
      label,
      unit,
      year: s.year.trim(),
      source: s.source.trim(),
      column,
    };
    taken.add(def.id);
    return def;
  };
  const chosen = Object.entries(s.columns)
    .filter(([, c]) => c.on)
    .map(([i, c]) => ({ index: Number(i), c, header: s.read.table.header[Number(i)] ?? '' }));
  const importedAt = now.toISOString();
  let built: ReturnType<typeof buildTableImport> & { unlocated?: number };
  if (s.mode === 'points' && s.lonColumn !== null && s.latColumn !== null) {
    const { createLocator } = await import('../domain/import/locate');
    built = buildPointImport({
      id,
      fileName: s.fileName,
      importedAt,
      table: s.read.table,
      lonIndex: s.lonColumn,
      latIndex: s.latColumn,
      labelIndex: s.labelColumn,
      count: defOf('count', `${s.fileName}: jumlah titik / point count`, 'titik / points'),
      measures: chosen.map(({ index, c, header }) => ({
        index,
        style: s.style,
        aggregate: c.aggregate,
        def: defOf(`${c.aggregate}_${header}`, `${c.label} (${c.aggregate})`, c.unit),
      })),
      regions,
      locate: createLocator(d.regions?.features ?? []),
    });
  } else {
    const report = stagedReport(s, await matcherFor(s.scope));
    if (!report) return;
    built = buildTableImport({
      id,
      fileName: s.fileName,
      importedAt,
      table: s.read.table,
      report,
      columns: chosen.map(({ index, c, header }) => ({
        index,
        style: s.style,
        aggregate: c.aggregate,
        def: defOf(header, c.label, c.unit),
      })),
      regions,
    });
  }
  await addImport(built.import);
  useImportSession.setState({
    staged: null,
    done: {
      fileName: s.fileName,
      values: built.import.values.length,
      indicators: built.import.indicators.length,
      problems: built.problems,
      unlocated: built.unlocated ?? 0,
    },
  });
  const first = built.import.indicators[0];
  if (first) useAppStore.getState().setIndicator(first.id);
}
