import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * End-to-end tests run against the production build (dist/), served as plain static files.
 * `npm test` builds first; a direct `vitest run --project e2e` builds when dist/ is missing.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '..');
  if (!existsSync(resolve(root, 'dist/index.html'))) execSync('npx vite build', { cwd: root, stdio: 'inherit' });
  const { server, url } = await serveStatic(resolve(root, 'dist'));
  project.provide('baseUrl', url);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
