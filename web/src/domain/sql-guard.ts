/**
 * What the SQL workbench lets a user run. Reading is free; writing is allowed on the user's own
 * tables only. The app's tables (and the tables it builds from imports) are protected, and
 * statements that reach outside the database (ATTACH, INSTALL, COPY, SET…) are refused. The
 * check works on DuckDB statement shapes, after splitting on ";" outside quotes and comments.
 */
export interface SqlStatement {
  readonly text: string;
  /** 0-based offset of the statement in the whole input, for line numbers in messages. */
  readonly offset: number;
}

/** Splits on semicolons that are not inside quotes or comments; empty statements are dropped. */
export function splitStatements(sql: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const raw = sql.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (stripComments(raw).trim() !== '') out.push({ text: raw.trim(), offset: start + lead });
  };
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      i = close < 0 ? sql.length : close + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === ';') {
      push(i);
      start = ++i;
    } else i++;
  }
  push(sql.length);
  return out;
}

function stripComments(s: string): string {
  return s.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

/**
 * Words of a statement outside strings and comments, upper-cased (quoted identifiers kept
 * as-is). A qualified name is one word however it is written — `"main"."regions"`,
 * `main . observations`, `memory.main."regions"` — so its last part is the table it names.
 */
function words(s: string): string[] {
  const noStrings = stripComments(s).replace(/'(?:[^']|'')*'/g, "''");
  const raw = (noStrings.match(/"(?:[^"]|"")*"|[A-Za-z_][\w$]*|\S/g) ?? []).map((w) =>
    w.startsWith('"') ? w : w.toUpperCase(),
  );
  const isIdent = (w: string | undefined) => w !== undefined && (w.startsWith('"') || /^[A-Za-z_]/.test(w));
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let w = raw[i] as string;
    while (isIdent(w.split('.').pop()) && raw[i + 1] === '.' && isIdent(raw[i + 2])) {
      w = `${w}.${raw[i + 2]}`;
      i += 2;
    }
    out.push(w);
  }
  return out;
}

/** "MAIN.OBSERVATIONS", "\"main\".\"observations\"" → "observations". */
function bareName(word: string | undefined): string {
  const parts = (word ?? '').match(/"(?:[^"]|"")*"|[^.]+/g) ?? [''];
  const last = parts[parts.length - 1] ?? '';
  return last.replace(/^"|"$/g, '').replace(/""/g, '"').toLowerCase();
}

const READ_START = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'DESC',
  'SHOW',
  'SUMMARIZE',
  'EXPLAIN',
  'PIVOT',
  'UNPIVOT',
  '(',
]);
const OBJECT_KINDS = new Set(['TABLE', 'VIEW', 'MACRO', 'SEQUENCE', 'TYPE', 'INDEX', 'FUNCTION']);

export type Verdict =
  | { readonly ok: true; readonly kind: 'read' | 'write'; readonly target: string | null }
  | { readonly ok: false; readonly reason: 'protected' | 'not_allowed'; readonly detail: string };

/** The target of a write, after the given position (skipping IF [NOT] EXISTS). */
function targetAfter(w: readonly string[], i: number): string {
  let j = i;
  if (w[j] === 'IF') j += w[j + 1] === 'NOT' ? 3 : 2;
  return bareName(w[j]);
}

export function classifyStatement(text: string, isProtected: (name: string) => boolean): Verdict {
  return classifyWords(words(text), isProtected);
}

function classifyWords(w: readonly string[], isProtected: (name: string) => boolean): Verdict {
  const first = w[0] ?? '';
  // EXPLAIN ANALYZE runs the statement it explains: that statement is what is checked.
  if (first === 'EXPLAIN' && w[1] === 'ANALYZE') return classifyWords(w.slice(2), isProtected);
  const refuse = (detail: string): Verdict => ({ ok: false, reason: 'not_allowed', detail });
  const write = (target: string): Verdict =>
    isProtected(target) ? { ok: false, reason: 'protected', detail: target } : { ok: true, kind: 'write', target };
  if (READ_START.has(first)) {
    if (first === 'WITH' && w.some((x) => x === 'INSERT' || x === 'UPDATE' || x === 'DELETE' || x === 'MERGE'))
      return refuse('WITH … INSERT/UPDATE/DELETE');
    return { ok: true, kind: 'read', target: null };
  }
  switch (first) {
    case 'CREATE': {
      let i = 1;
      if (w[i] === 'OR' && w[i + 1] === 'REPLACE') i += 2;
      if (w[i] === 'TEMP' || w[i] === 'TEMPORARY' || w[i] === 'UNIQUE') i++;
      const kind = w[i] ?? '';
      if (!OBJECT_KINDS.has(kind)) return refuse(`CREATE ${kind}`);
      if (kind === 'INDEX') {
        const on = w.indexOf('ON', i);
        return write(bareName(w[on + 1]));
      }
      return write(targetAfter(w, i + 1));
    }
    case 'DROP': {
      const kind = w[1] ?? '';
      if (!OBJECT_KINDS.has(kind)) return refuse(`DROP ${kind}`);
      return write(targetAfter(w, 2));
    }
    case 'INSERT': {
      const into = w.indexOf('INTO');
      return into < 0 ? refuse('INSERT') : write(bareName(w[into + 1]));
    }
    case 'UPDATE':
      return write(bareName(w[1]));
    case 'DELETE':
      return w[1] === 'FROM' ? write(bareName(w[2])) : write(bareName(w[1]));
    case 'TRUNCATE':
      return write(bareName(w[1] === 'TABLE' ? w[2] : w[1]));
    case 'ALTER':
      return OBJECT_KINDS.has(w[1] ?? '') ? write(targetAfter(w, 2)) : refuse(`ALTER ${w[1] ?? ''}`);
    default:
      return refuse(first);
  }
}

/** Line (1-based) of an offset in the input. */
export function lineOf(sql: string, offset: number): number {
  return sql.slice(0, offset).split('\n').length;
}
