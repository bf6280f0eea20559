import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The baseline pages of `npm run bench` (scripts/bench/ratios.ts), built apart from the app into
// bench-results/baseline-pages with the app's public/ files (tiles, fonts, data).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: resolve(import.meta.dirname, '../../../public'),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../../bench-results/baseline-pages'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        map: resolve(import.meta.dirname, 'bare-map.html'),
        duckdb: resolve(import.meta.dirname, 'bare-duckdb.html'),
      },
    },
  },
  worker: { format: 'es' },
});
