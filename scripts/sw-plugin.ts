import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Every file under a folder, as paths relative to it (forward slashes). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p).map((f) => `${name}/${f}`) : [name];
  });
}

/**
 * Emits dist/sw.js: the service worker template with the list of files to precache (the bundle
 * and public/, except the DuckDB wasm builds, which are cached when the app first loads the one it
 * uses; HiGHS's one wasm build is precached so "Pilih N lokasi" works offline) and a version hashed from their contents, so any change of the site is a new worker.
 */
export function serviceWorkerPlugin(opts: { publicDir: string; template: string }): Plugin {
  return {
    name: 'sentra-atlas-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files: string[] = ['./', './index.html'];
      for (const [name, chunk] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (name.endsWith('.map') || (name.endsWith('.wasm') && name.includes('duckdb'))) continue;
        files.push(`./${name}`);
        hash.update(name);
        hash.update(
          chunk.type === 'chunk'
            ? chunk.code
            : typeof chunk.source === 'string'
              ? chunk.source
              : Buffer.from(chunk.source),
        );
      }
      const pub = resolve(opts.publicDir);
      for (const f of filesUnder(pub).sort()) {
        if (f === 'sw.js' || f.endsWith('.md')) continue;
        files.push(`./${f}`);
        hash.update(f);
        hash.update(readFileSync(join(pub, f)));
      }
      const version = hash.digest('hex').slice(0, 16);
      const source = readFileSync(opts.template, 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify([...new Set(files)], null, 1));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
