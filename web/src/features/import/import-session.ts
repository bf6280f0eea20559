import { dataUrl } from '../../data/data-url';
import type { RegionProps } from '../../domain/dataset-types';
import { buildPointImport, buildTableImport } from '../../domain/import/build-import';
import { codeSystemOf, guessRegionColumn } from '../../domain/import/column-types';
import { ImportFileError, MAX_IMPORT_BYTES, sizeMb } from '../../domain/import/read-file';
import { parseRegionAliases } from '../../domain/import/region-aliases';
import {
  createRegionMatcher,
  type MatchReport,
  matchColumn,
  type RegionAlias,
  type RegionMatcher,
} from '../../domain/import/region-matcher';
import { type UserIndicatorDef, userIndicatorId } from '../../domain/import/user-dataset';
import { viewById } from '../../domain/region-views';
import { importErrorText } from '../../i18n/import-error-text';
import type { Atlas } from '../../store/atlas';
import { useAtlas, useImportSession } from '../../store/hooks';
import type { ColumnChoice, Staged } from '../../store/import-slice';
import { readInWorker } from './read-in-worker';
import { valueColumnChoice } from './value-column';

/** Per atlas: the region aliases (fetched once) and the matcher of the last scope. */
interface Caches {
  aliases: Promise<RegionAlias[]> | null;
  matcher: { key: string; matcher: RegionMatcher } | null;
}
const caches = new WeakMap<Atlas, Caches>();
function cachesOf(atlas: Atlas): Caches {
  let c = caches.get(atlas);
  if (!c) {
    c = { aliases: null, matcher: null };
    caches.set(atlas, c);
  }
  return c;
}

/** region-aliases.csv is only needed when importing: fetched on first use. A failed fetch just means fewer matches. */
function loadAliases(atlas: Atlas): Promise<RegionAlias[]> {
  const c = cachesOf(atlas);
  c.aliases ??= fetch(dataUrl('region-aliases.csv'))
    .then((r) => (r.ok ? r.text() : ''))
    .then((t) => (t ? parseRegionAliases(t) : []))
    .catch(() => []);
  return c.aliases;
}

async function matcherFor(atlas: Atlas, scope: string | null): Promise<RegionMatcher> {
  const key = scope ?? 'all';
  const c = cachesOf(atlas);
  if (c.matcher?.key === key) return c.matcher.matcher;
  const d = atlas.data.getState();
  const all = d.regions?.features.map((f) => f.properties) ?? [];
  const regions = scope === null ? all : all.filter((r) => r.kemendagri_prov_code === scope);
  const provinceNames = d.catalog?.provinces.map((p) => p.name) ?? [];
  const matcher = createRegionMatcher(regions, await loadAliases(atlas), provinceNames);
  c.matcher = { key, matcher };
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
  const c = cachesOf(useAtlas());
  return useImportSession((s) =>
    s.staged && c.matcher?.key === (s.staged.scope ?? 'all') ? (c.matcher?.matcher ?? null) : null,
  );
}

const yearIn = (texts: readonly string[]) =>
  texts.map((t) => /\b(19[5-9]\d|20[0-4]\d)\b/.exec(t)?.[1]).find(Boolean) ?? '';

function readFileWithProgress(atlas: Atlas, file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) =>
      atlas.importSession.setState({
        progress: { fileName: file.name, loaded: e.loaded, total: e.total || file.size },
      });
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(new ImportFileError(file.name, 'iUnreadable', { detail: reader.error?.message ?? 'unknown error' }));
    reader.readAsArrayBuffer(file);
  });
}

async function stage(
  atlas: Atlas,
  fileName: string,
  data: ArrayBuffer,
  opts: { sheet?: string; headerIndex?: number },
): Promise<void> {
  const regions = atlas.data.getState().regions?.features.map((f) => f.properties) ?? [];
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
  const viewProvince = viewById(atlas.view.getState().view).provinceCode;
  // Match within the region in view unless all Indonesia matches clearly more rows.
  let scope: string | null = viewProvince;
  if (regionColumn !== null && viewProvince !== null) {
    const cells = read.table.rows.map((r) => r[regionColumn] ?? '');
    const inView = matchColumn(await matcherFor(atlas, viewProvince), cells, system).matched;
    const national = matchColumn(await matcherFor(atlas, null), cells, system).matched;
    if (national > inView) scope = null;
  }
  await matcherFor(atlas, scope);
  const columns: Record<number, ColumnChoice> = {};
  for (const p of numbers) columns[p.index] = valueColumnChoice(p.name, p.index !== regionColumn);
  const prev = atlas.importSession.getState().staged;
  atlas.importSession.setState({
    staged: {
      fileName,
      data,
      read,
      profiles,
      types: {},
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
export async function openImportFile(atlas: Atlas, file: File): Promise<void> {
  atlas.importSession.setState({ error: null, done: null, problems: [] });
  try {
    // Checked before reading; 50.004 MiB reads "50.01 MB", never "50 MB > 50 MB" (issue 18).
    if (file.size > MAX_IMPORT_BYTES)
      throw new ImportFileError(file.name, 'iTooBig', { size: sizeMb(file.size), max: MAX_IMPORT_BYTES / 1024 / 1024 });
    const data = await readFileWithProgress(atlas, file);
    atlas.importSession.setState({
      progress: { fileName: file.name, loaded: file.size, total: file.size, parsing: true },
    });
    await stage(atlas, file.name, data, {});
  } catch (e) {
    atlas.importSession.setState({ error: importErrorText(e, atlas.view.getState().lang), progress: null });
  }
}

/** Re-reads the staged file with another sheet or header row. */
export async function restage(atlas: Atlas, opts: { sheet?: string; headerIndex?: number }): Promise<void> {
  const s = atlas.importSession.getState().staged;
  if (!s) return;
  try {
    await stage(atlas, s.fileName, s.data, {
      sheet: opts.sheet ?? s.read.sheet,
      ...(opts.headerIndex === undefined ? {} : { headerIndex: opts.headerIndex }),
    });
  } catch (e) {
    atlas.importSession.setState({ error: importErrorText(e, atlas.view.getState().lang) });
  }
}

export function updateStaged(atlas: Atlas, patch: Partial<Staged>): void {
  const s = atlas.importSession.getState().staged;
  if (!s) return;
  const next = { ...s, ...patch };
  if (patch.scope !== undefined && patch.scope !== s.scope) {
    void matcherFor(atlas, patch.scope).then(() => atlas.importSession.setState({ staged: { ...next } }));
  }
  atlas.importSession.setState({ staged: next });
}

export function cancelImport(atlas: Atlas): void {
  atlas.importSession.setState({ staged: null, error: null });
}

/** The kab/kota the preview offers for a fix: those in the matching scope. */
export function scopeRegions(atlas: Atlas, scope: string | null): RegionProps[] {
  const all = atlas.data.getState().regions?.features.map((f) => f.properties) ?? [];
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
export async function commitImport(atlas: Atlas, now: Date = new Date()): Promise<void> {
  const s = atlas.importSession.getState().staged;
  if (!s) return;
  const d = atlas.data.getState();
  const regions = new Map<string, RegionProps>(
    d.regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]),
  );
  const id = atlas.userData.getState().newImportId(now.getTime());
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
    const { createLocator } = await import('../../domain/import/locate');
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
    const report = stagedReport(s, await matcherFor(atlas, s.scope));
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
  await atlas.userData.getState().addImport(built.import);
  atlas.importSession.setState({
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
  if (first) atlas.view.getState().setIndicator(first.id);
}
