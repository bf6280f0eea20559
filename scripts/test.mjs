#!/usr/bin/env node
// `npm test`: every check in one command — lint, typecheck, production build, then all Vitest
// projects (unit + end-to-end in Chromium). Ends with a plain "N passed, N failed" line, where
// the three checks count as one item each besides the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
};

let passed = 0;
let failed = 0;
const check = (label, cmd, args) => {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${label} failed`);
  }
};

check('lint', 'npx', ['biome', 'check', '.']);
check('typecheck (Node: scripts, e2e, tests)', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('typecheck (browser: web/src without tests)', 'npx', ['tsc', '-p', 'tsconfig.web.json']);
check('build', 'npx', ['vite', 'build']);

mkdirSync('test-results', { recursive: true });
const json = 'test-results/vitest.json';
rmSync(json, { force: true });
run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
if (existsSync(json)) {
  const r = JSON.parse(readFileSync(json, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numTotalTests === 0) failed++;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
} else {
  failed++;
  console.log(`\n${passed} passed, ${failed} failed`);
}
process.exit(failed === 0 ? 0 : 1);
