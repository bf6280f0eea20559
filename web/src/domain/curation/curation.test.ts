import { describe, expect, it } from 'vitest';
import { regionsByCode } from '../../testing/test-data';
import type { Observation } from '../dataset-types';
import { type Edit, EMPTY_EDITS, editKey, redo, revert, setEdits, undo } from './edits';
import { editsToCsv, parseEditsCsv } from './edits-file';
import { pastedColumn, readEntry } from './entry';
import { applyEdits, editSourceId } from './merge-edits';

const edit = (code: string, value: number, replaced: Edit['replaced'] = null): Edit => ({
  indicator: 'kelapa_production',
  kemendagri_code: code,
  bps_code: regionsByCode.get(code)?.bps_code ?? '',
  value,
  year: '2024',
  source: 'Dinas Perkebunan Kab. (FGD)',
  entered_at: '2026-11-22T10:00:00.000Z',
  replaced,
});

describe('readEntry', () => {
  const opts: Parameters<typeof readEntry>[1] = {
    style: 'id',
    units: ['ton'],
    allowNegative: false,
    others: [1000, 2000, 3000, 4000],
  };
  const v = (t: string, o = opts) => {
    const r = readEntry(t, o);
    return r.ok ? r.value : r.problem.kind;
  };
  it('accepts both number styles and the indicator unit', () => {
    expect(v('1.234,5')).toBe(1234.5);
    expect(v('1,234.5')).toBe(1234.5);
    expect(v('2.500')).toBe(2500); // ambiguous: the grid's style (Indonesian)
    expect(v('2.500', { ...opts, style: 'en' })).toBe(2.5);
    expect(v('1.500 ton')).toBe(1500);
    expect(v('1.500 ton', { ...opts, units: ['ton/tahun', 't/year'] })).toBe(1500);
    expect(v('1.500 t', { ...opts, units: ['ton/tahun', 't/year'] })).toBe(1500);
    expect(v('')).toBeNull();
  });
  it('refuses text, another unit and impossible negatives', () => {
    expect(v('seribu')).toBe('not_a_number');
    expect(v('1.500 kg')).toBe('unit');
    expect(v('-5')).toBe('negative');
    expect(v('-5', { ...opts, allowNegative: true })).toBe(-5);
  });
  it('warns about values orders of magnitude from the rest (ton vs thousand ton)', () => {
    const r = readEntry('2.500.000', opts);
    expect(r.ok && r.warning?.kind).toBe('outlier');
    const small = readEntry('2,5', opts);
    expect(small.ok && small.warning?.kind).toBe('outlier');
    expect(readEntry('2.700', opts)).toEqual({ ok: true, value: 2700, warning: null });
  });
  it('splits a pasted spreadsheet column', () => {
    expect(pastedColumn('12\r\n1.234,5\r\n\r\n7\tx\r\n')).toEqual(['12', '1.234,5', '', '7']);
  });
});

describe('edit history', () => {
  it('sets, undoes, redoes, reverts one and all, and logs every step', () => {
    let s = setEdits(EMPTY_EDITS, [edit('72.01', 10), edit('72.03', 20)], 't1');
    s = setEdits(s, [edit('72.01', 11)], 't2');
    expect(s.edits[editKey('kelapa_production', '72.01')]?.value).toBe(11);
    s = undo(s);
    expect(s.edits[editKey('kelapa_production', '72.01')]?.value).toBe(10);
    s = redo(s);
    expect(s.edits[editKey('kelapa_production', '72.01')]?.value).toBe(11);
    s = revert(s, [editKey('kelapa_production', '72.03')], 't3');
    expect(Object.keys(s.edits)).toHaveLength(1);
    s = revert(s, Object.keys(s.edits), 't4');
    expect(Object.keys(s.edits)).toHaveLength(0);
    s = undo(s);
    expect(Object.keys(s.edits)).toHaveLength(1);
    expect(s.log.map((c) => c.label)).toEqual(['set', 'set', 'set', 'set', 'revert', 'revert', 'revert']);
    expect(s.log.filter((c) => c.undone)).toHaveLength(2);
  });
});

describe('edits over published values', () => {
  const published: Observation[] = [
    {
      kemendagri_code: '72.01',
      bps_code: '7202',
      indicator: 'kelapa_production',
      value: 50760.01,
      year: '2022',
      source_id: 'x',
      note: '',
      headline: true,
    },
  ];
  it('makes the typed value the headline and keeps the replaced one listed', () => {
    const out = applyEdits(published, [edit('72.01', 60000, { value: 50760.01, year: '2022', source_id: 'x' })]);
    expect(out.filter((o) => o.headline).map((o) => o.value)).toEqual([60000]);
    expect(out.find((o) => o.source_id === 'x')?.headline).toBe(false);
    expect(out.find((o) => o.headline)?.source_id).toBe(editSourceId(edit('72.01', 0)));
    expect(applyEdits(published, [])).toBe(published);
  });
});

describe('edits CSV', () => {
  it('round-trips values, provenance and created indicators', () => {
    const created = [
      { id: 'user_grid_x', label: 'Kelapa FGD', unit: 'ton', year: '2025', source: 'FGD', column: 'grid' },
    ];
    const edits = [
      edit('72.01', 60000, { value: 50760.01, year: '2022', source_id: 'x' }),
      { ...edit('72.71', 5), indicator: 'user_grid_x' },
    ];
    const csv = editsToCsv(edits, created, regionsByCode, '2026-11-22');
    const back = parseEditsCsv(csv, new Set(['kelapa_production']), regionsByCode);
    expect(back.errors).toEqual([]);
    expect(back.created).toEqual(created);
    expect(back.edits).toEqual(edits);
  });
  it('refuses a row whose BPS code does not belong to its Kemendagri code, naming the line', () => {
    const csv =
      'indicator,kemendagri_code,bps_code,value,year,source,entered_at\nkelapa_production,72.03,7203,5,2024,FGD,2026-11-22\n';
    const r = parseEditsCsv(csv, new Set(['kelapa_production']), regionsByCode);
    expect(r.errors).toEqual(['line 2: BPS code 7203 is not Kabupaten Donggala (BPS 7205 / Kemendagri 72.03)']);
    expect(r.edits).toEqual([]);
  });
});

describe('user data inside scenario files', () => {
  it('validates a bundle and names wrong fields', async () => {
    const { makeBundle, validateBundle } = await import('./user-data-bundle');
    const b = makeBundle([], [edit('72.01', 5)], []);
    expect(b).not.toBeNull();
    expect(validateBundle(JSON.parse(JSON.stringify(b))).ok).toBe(true);
    const bad = validateBundle({
      version: 1,
      indicators: [{ id: 'pop_2024' }],
      edits: [{ ...edit('72.01', 5), value: 'x' }],
      imports: [],
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toContain('user_data.edits[0].value: must be a number');
    expect(!bad.ok && bad.errors).toContain('user_data.indicators[0].id: must start with "user_"');
    expect(makeBundle([], [], [])).toBeNull();
  });
});
