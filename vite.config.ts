import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { serviceWorkerPlugin } from './scripts/sw-plugin.ts';
import { missingTile404Plugin } from './scripts/tile-404-plugin.ts';

// The app lives in web/; public/ (data, icons) is served as-is; the build is a static site in dist/.
export default defineConfig({
  root: 'web',
  publicDir: '../public',
  base: './',
  plugins: [
    react(),
    cspPlugin(),
    missingTile404Plugin(resolve(import.meta.dirname, 'public')),
    serviceWorkerPlugin({
      publicDir: resolve(import.meta.dirname, 'public'),
      template: resolve(import.meta.dirname, 'web/sw/sw-template.js'),
    }),
  ],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // The entry's static imports are announced in index.html, so they download alongside the
    // entry instead of after it (a waterfall of ~100 ms here). Lazily loaded chunks get no
    // hints: they would pull deck.gl and DuckDB's code into the first load.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        // Vendor chunks cache independently of app code between releases.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper is used by deck.gl's own lazy imports; left alone it
            // lands in the deck.gl chunk and pulls all of deck.gl into the first load.
            { name: 'vite-helpers', test: /preload-helper/ },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'deckgl', test: /node_modules[\\/](@deck\.gl|@luma\.gl|@loaders\.gl|@math\.gl|@probe\.gl)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
