import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const join = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/cli.ts', 'join', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run cli -- join', () => {
  it('prints the match report: renamed districts, totals, both codes', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/cli.ts', 'join', '--table', 'fixtures/import/sulbar-renamed.csv'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const r = JSON.parse(out) as {
      counts: Record<string, number>;
      rows: { cell: string; status: string; kemendagri_code?: string; bps_code?: string; via?: string }[];
    };
    expect(r.counts).toMatchObject({ rows: 7, matched: 6, unmatched: 0, totals_skipped: 1 });
    expect(r.rows[0]).toMatchObject({
      cell: 'Mamuju Utara',
      status: 'matched',
      kemendagri_code: '76.01',
      via: 'alias',
    });
    expect(r.rows[0]?.bps_code).toMatch(/^\d{4}$/);
  }, 30_000);
  it('reads BPS codes as BPS codes, with --column', () => {
    const r = JSON.parse(
      execFileSync(
        'npx',
        ['tsx', 'scripts/cli.ts', 'join', '--table', 'fixtures/import/sulteng-bps-codes.csv', '--column', 'kode_bps'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      ),
    ) as { code_system: string; rows: { cell: string; kemendagri_code: string }[] };
    expect(r.code_system).toBe('bps');
    expect(r.rows.find((x) => x.cell === '7203')?.kemendagri_code).toBe('72.06');
  }, 30_000);
  it('names the file and the column on bad input, exit code 2', () => {
    const res = join('--table', 'fixtures/import/sulteng-bps-codes.csv', '--column', 'nope');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('no column "nope"');
  }, 30_000);
});

describe('npm run cli -- join --column-type (issue 18: a value column never silently becomes the key)', () => {
  const T = 'fixtures/import/sulteng-tonnage-code-like.csv'; // synthetic: tonnages equal to Sulteng BPS codes
  type Out = { column: string; code_system: string; columns: { name: string; type: string; detected?: string }[] };
  it('a tonnage column whose values happen to be BPS codes stays a value; the names are the key', () => {
    const r = JSON.parse(join('--table', T, '--province', '72').stdout) as Out;
    expect(r.column).toBe('Kabupaten');
    expect(r.columns.find((c) => c.name === 'Produksi (ton)')?.type).toBe('number');
  }, 30_000);
  it('the user may say otherwise, and a wrong type is refused with the list, exit 2', () => {
    const r = JSON.parse(join('--table', T, '--column-type', 'Produksi (ton)=bps_code').stdout) as Out;
    expect(r.column).toBe('Produksi (ton)');
    expect(r.code_system).toBe('bps');
    expect(r.columns.find((c) => c.name === 'Produksi (ton)')).toMatchObject({ type: 'bps_code', detected: 'number' });
    const bad = join('--table', T, '--column-type', 'Produksi (ton)=kode');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bps_code, kemendagri_code, region_name, number, text, ignore');
  }, 30_000);
});

describe('npm run cli -- --help and unknown options (issue 18: it crashed with a stack trace)', () => {
  it('--help prints the usage and exits 0; an unknown option names it, prints the usage and exits 2', () => {
    const cli = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run cli -- score/);
    const bad = cli('score', '--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('usage:');
    expect(bad.stderr).not.toMatch(/at .*parse_args/);
  });
});
