import { describe, expect, it } from 'vitest';
import { classifyStatement, lineOf, splitStatements } from './sql-guard';

const isProtected = (n: string) =>
  ['observations', 'regions', 'facilities', 'scoring_raw'].includes(n) || n.startsWith('import_');
const verdict = (sql: string) => {
  const v = classifyStatement(sql, isProtected);
  return v.ok ? v.kind : v.reason;
};

describe('splitStatements', () => {
  it('splits on semicolons outside quotes and comments, with offsets', () => {
    const sql = 'SELECT \';\' AS a; -- c; d\nSELECT "x;y" FROM t;\n/* ; */ SELECT 3';
    const s = splitStatements(sql);
    expect(s.map((x) => x.text)).toEqual(["SELECT ';' AS a", '-- c; d\nSELECT "x;y" FROM t', '/* ; */ SELECT 3']);
    expect(lineOf(sql, s[2]?.offset ?? 0)).toBe(3);
  });
});

describe('classifyStatement', () => {
  it('lets every kind of read through', () => {
    for (const q of [
      'SELECT 1',
      'with x as (select 1) select * from x',
      'FROM regions',
      'DESCRIBE regions',
      'SUMMARIZE observations',
      '(SELECT 1)',
    ])
      expect(verdict(q), q).toBe('read');
  });
  it('lets the user create and change their own tables', () => {
    expect(verdict('CREATE TABLE mine AS SELECT * FROM regions')).toBe('write');
    expect(verdict('CREATE OR REPLACE TEMP VIEW v AS SELECT 1')).toBe('write');
    expect(verdict('INSERT INTO mine VALUES (1)')).toBe('write');
    expect(verdict('DROP TABLE IF EXISTS mine')).toBe('write');
    expect(verdict('UPDATE mine SET a = 1')).toBe('write');
  });
  it('protects the built-in and import tables however they are written', () => {
    for (const q of [
      'DROP TABLE observations',
      'drop table if exists main.regions',
      'DELETE FROM "facilities"',
      'UPDATE observations SET value = 0',
      'INSERT INTO regions SELECT * FROM regions',
      'CREATE OR REPLACE TABLE observations AS SELECT 1',
      'CREATE VIEW regions AS SELECT 1',
      'ALTER TABLE regions RENAME TO r2',
      'TRUNCATE observations',
      'CREATE INDEX i ON observations (value)',
      'DROP TABLE import_abc',
    ])
      expect(verdict(q), q).toBe('protected');
  });
  it('refuses statements that reach outside the database or change settings', () => {
    for (const q of [
      "ATTACH 'x.db'",
      'INSTALL httpfs',
      'LOAD spatial',
      "COPY regions TO 'r.csv'",
      'SET threads = 1',
      'PRAGMA enable_profiling',
      'DROP SCHEMA main CASCADE',
      'WITH x AS (SELECT 1) INSERT INTO observations SELECT * FROM x',
      "EXPORT DATABASE 'x'",
    ])
      expect(verdict(q), q).toBe('not_allowed');
  });
  it('reads identifiers, not string contents', () => {
    expect(verdict("SELECT 'DROP TABLE observations'")).toBe('read');
  });
  it('sees a built-in table however its name is qualified or quoted, and what EXPLAIN ANALYZE would run (issue 19)', () => {
    for (const q of [
      'DROP TABLE "main"."regions"',
      'UPDATE "main".regions SET name = 1',
      'INSERT INTO "main"."observations" VALUES (1)',
      'DELETE FROM "main".observations',
      'DELETE FROM main . observations',
      'UPDATE memory.main."regions" SET name = 1',
      'EXPLAIN ANALYZE DELETE FROM facilities',
      'explain analyze update "scoring_raw" set x = 1',
    ])
      expect(verdict(q), q).toBe('protected');
    expect(verdict('EXPLAIN SELECT * FROM observations')).toBe('read');
    expect(verdict('EXPLAIN ANALYZE SELECT count(*) FROM main.observations')).toBe('read');
    expect(verdict('CREATE TABLE "main"."mine" AS SELECT 1.5 AS x')).toBe('write');
  });
});
