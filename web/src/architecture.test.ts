/**
 * The layering of web/src, checked on every `npm test` (docs/decisions/0009-one-store-features-layers.md).
 * Each folder may import only the folders listed for it; folders (each domain/ and features/
 * subfolder counts as its own) and files form no import cycle; domain code imports no framework,
 * and browser code no Node built-in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);

/** What each layer may import, besides itself. `features` means the other feature folders. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  i18n: ['domain'],
  data: ['domain'],
  engine: ['domain', 'data'],
  store: ['domain', 'data', 'i18n'],
  effects: ['store', 'domain', 'data', 'engine', 'i18n'],
  ui: ['store', 'domain', 'i18n'],
  features: ['features', 'ui', 'store', 'domain', 'i18n', 'data', 'workers'],
  app: ['features', 'ui', 'store', 'effects', 'domain', 'i18n', 'data'],
  workers: ['domain'],
  bench: ['domain', 'effects', 'store'],
  testing: ['domain', 'data', 'engine'],
  types: [],
  // main.tsx is the composition root: it makes the atlas and hands the engine to the effects.
  root: ['app', 'store', 'effects', 'engine', 'bench', 'data', 'ui', 'i18n', 'workers'],
};

/** Tests may also read the embedded data through these (fixtures, the Node engine, the HiGHS adapter). */
const TEST_EXTRA = ['testing', 'data', 'engine', 'store', 'effects', 'workers'];

/** Node-only modules under web/src: the Node engine and the Node reader of the embedded data. */
const NODE_ONLY = new Set(['engine/node-engine.ts', 'engine/embedded-data.ts']);

const FRAMEWORKS = /^(react|react-dom|zustand|maplibre-gl|@deck\.gl\/|@duckdb\/|idb-keyval|jspdf)/;

function sourceFiles(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p, ext);
    return ext.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

const files = sourceFiles(SRC).map((p) => relative(SRC, p));
const styleSheets = sourceFiles(SRC, /\.css$/).map((p) => relative(SRC, p));
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

/** "domain/scoring", "features/map", "store", … ("root" for main.tsx). */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return 'root';
  const [top, sub] = parts;
  if ((top === 'domain' || top === 'features') && parts.length > 2) return `${top}/${sub}`;
  return top as string;
}
const layerOf = (folder: string) => folder.split('/')[0] as string;

function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(SRC, dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts']) {
    const p = base + ext;
    try {
      if (statSync(p).isFile()) return relative(SRC, p);
    } catch {
      // try the next extension
    }
  }
  return null;
}

interface Edge {
  readonly from: string;
  readonly to: string;
}

const packageImports = new Map<string, string[]>();
const edges: Edge[] = [];
for (const f of files) {
  const text = readFileSync(resolve(SRC, f), 'utf8');
  const specs = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
  for (const m of text.matchAll(/new URL\(\s*'(\.[^']+)',\s*import\.meta\.url/g)) specs.push(m[1] as string);
  const pkgs: string[] = [];
  for (const spec of specs) {
    if (!spec.startsWith('.')) {
      pkgs.push(spec);
      continue;
    }
    const to = resolveSpecifier(f, spec);
    if (to?.startsWith('..') === false && /\.(ts|tsx)$/.test(to)) edges.push({ from: f, to });
  }
  packageImports.set(f, pkgs);
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  // Tarjan's strongly connected components; any component of 2+ nodes is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('architecture', () => {
  it('reads the import graph (the test checks something)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(edges.length).toBeGreaterThan(400);
  });

  it('imports only what each layer allows', () => {
    const bad = edges
      .filter(({ from, to }) => {
        const a = folderOf(from);
        const b = folderOf(to);
        if (a === b) return false;
        const la = layerOf(a);
        const lb = layerOf(b);
        if (la === lb && la !== 'features') return false; // domain/* among themselves: the cycle check
        const allowed = [...(ALLOWED[la] ?? []), ...(isTest(from) ? TEST_EXTRA : [])];
        return !allowed.includes(lb) || (lb === 'testing' && !isTest(from));
      })
      .map(({ from, to }) => `${from} → ${to}`);
    expect(bad).toEqual([]);
  });

  it('has no import cycle between folders (test files aside)', () => {
    const g = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      if (isTest(from)) continue;
      const a = folderOf(from);
      const b = folderOf(to);
      if (a === b) continue;
      if (!g.has(a)) g.set(a, new Set());
      g.get(a)?.add(b);
    }
    expect(cycles(g)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const g = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      if (!g.has(from)) g.set(from, new Set());
      g.get(from)?.add(to);
    }
    expect(cycles(g)).toEqual([]);
  });

  it('keeps domain code free of frameworks and Node, and browser code free of Node', () => {
    const bad: string[] = [];
    for (const [f, pkgs] of packageImports) {
      if (isTest(f)) continue;
      for (const p of pkgs) {
        const node = p.startsWith('node:');
        if (node && !NODE_ONLY.has(f) && !f.startsWith('testing/')) bad.push(`${f} → ${p}`);
        if (layerOf(folderOf(f)) === 'domain' && FRAMEWORKS.test(p)) bad.push(`${f} → ${p}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('says in each folder what lives there and what it may import (README.md)', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory());
    expect(folders.length).toBeGreaterThan(8);
    expect(
      folders.filter(
        (f) => !files.includes(`${f}/README.md`) && !statSync(join(SRC, f, 'README.md'), { throwIfNoEntry: false }),
      ),
    ).toEqual([]);
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('keeps files to about 300 lines; the few longer ones may only shrink', () => {
    // Known debt (issue 16): split by concept when next touched, then remove the entry.
    const LONGER: Readonly<Record<string, number>> = {
      'features/import/ImportPreview.tsx': 361,
      'features/map/MapView.tsx': 322,
      'features/import/import-session.ts': 301,
      'features/decision/AhpPanel.tsx': 301,
    };
    const all = [...files, ...styleSheets].filter((f) => !isTest(f));
    const over = all
      .map((f) => [f, readFileSync(resolve(SRC, f), 'utf8').split('\n').length - 1] as const)
      .filter(([f, n]) => n > (LONGER[f] ?? 300))
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(over).toEqual([]);
  });

  it('uses no Node global in browser code', () => {
    // apache-arrow's types pull @types/node into the browser program, so tsc cannot catch these.
    const nodeGlobals = /\bprocess\.(env|argv|cwd|exit)|\bBuffer\.|__dirname|import\.meta\.dirname|\brequire\(/;
    const bad = files.filter(
      (f) =>
        !isTest(f) &&
        !NODE_ONLY.has(f) &&
        !f.startsWith('testing/') &&
        nodeGlobals.test(readFileSync(resolve(SRC, f), 'utf8')),
    );
    expect(bad).toEqual([]);
  });

  it('lets no browser module import a Node-only one', () => {
    const bad = edges
      .filter(
        ({ from, to }) => NODE_ONLY.has(to) && !isTest(from) && !NODE_ONLY.has(from) && !from.startsWith('testing/'),
      )
      .map(({ from, to }) => `${from} → ${to}`);
    expect(bad).toEqual([]);
  });
});
