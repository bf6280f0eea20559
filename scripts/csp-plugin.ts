import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the app ships with (docs/decisions/0008): everything from the page's
 * own origin; wasm compilation for DuckDB; blob: workers for MapLibre; no inline scripts, no
 * plugins, no base rewriting. A `<meta>` in the built index.html, so it holds on any static host;
 * a host that can send headers should send the same string as a header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Build only: Vite's dev server injects an inline script (React refresh) that the policy forbids. */
export function cspPlugin(): Plugin {
  return {
    name: 'sentra-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
