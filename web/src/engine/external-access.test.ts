import { beforeAll, describe, expect, it } from 'vitest';
import { enginePath, type SqlEngine } from './engine';
import { createNodeEngine } from './node-engine';

// No query, whatever its text, may read or write outside the registered files (offline by
// default; issue 19). The engine enforces it, not a text check.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.registerText('first.csv', 'x\n1\n');
}, 60_000);

const refused = async (sql: string) => {
  let message = '';
  try {
    await engine.query(sql);
  } catch (e) {
    message = String(e);
  }
  return message;
};

describe('DuckDB reads only the registered files', () => {
  it('registered files stay readable, also those registered after the lock', async () => {
    await expect(engine.query(`SELECT x FROM read_csv('${enginePath('first.csv')}')`)).resolves.toEqual([{ x: 1 }]);
    await engine.registerText('later.csv', 'y\n2\n');
    await expect(engine.query(`SELECT y FROM read_csv('${enginePath('later.csv')}')`)).resolves.toEqual([{ y: 2 }]);
  });

  it.each([
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    "SELECT * FROM read_csv_auto('http://127.0.0.1:9/x.csv')",
    "SELECT * FROM 'https://example.com/x.parquet'",
    "SELECT * FROM read_csv('/etc/passwd')",
    `SELECT * FROM read_csv('${enginePath('../etc/passwd')}')`,
    "ATTACH 'https://example.com/x.db' AS x",
    "COPY (SELECT 1) TO '/tmp/sentra-atlas-probe.csv'",
  ])('refuses %s', async (sql) => {
    expect(await refused(sql)).toMatch(/Permission Error|disabled by configuration|Cannot access|Catalog Error/);
  });

  it.each([
    'SET enable_external_access = true',
    "SET allowed_directories = ['/']",
    'SET autoload_known_extensions = true',
    'RESET lock_configuration',
  ])('cannot be re-opened: %s', async (sql) => {
    expect(await refused(sql)).not.toBe('');
  });
});
