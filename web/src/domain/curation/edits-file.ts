import { csvField } from '../csv-field';
import { csvObjects } from '../csv-objects';
import type { RegionProps } from '../dataset-types';
import type { UserIndicatorDef } from '../import/user-dataset';
import type { Edit } from './edits';

/**
 * A small CSV of edits another planner can apply: one row per typed value with its provenance;
 * indicators created in the grid travel as "# indicator:" JSON lines above the header.
 */
export const EDIT_COLUMNS = [
  'indicator',
  'kemendagri_code',
  'bps_code',
  'name',
  'value',
  'year',
  'source',
  'entered_at',
  'replaced_value',
  'replaced_year',
  'replaced_source_id',
] as const;

export function editsToCsv(
  edits: readonly Edit[],
  created: readonly UserIndicatorDef[],
  regions: ReadonlyMap<string, RegionProps>,
  exportedAt: string,
): string {
  const lines = [
    csvField(`# Sentra Atlas edits (values typed by users, not published data); exported ${exportedAt}`),
    ...created.map((d) => csvField(`# indicator: ${JSON.stringify(d)}`)),
    EDIT_COLUMNS.join(','),
    ...edits.map((e) =>
      [
        e.indicator,
        e.kemendagri_code,
        e.bps_code,
        regions.get(e.kemendagri_code)?.name ?? '',
        e.value,
        e.year,
        e.source,
        e.entered_at,
        e.replaced?.value ?? '',
        e.replaced?.year ?? '',
        e.replaced?.source_id ?? '',
      ]
        .map(csvField)
        .join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export interface ParsedEdits {
  readonly edits: Edit[];
  readonly created: UserIndicatorDef[];
  /** Problems, each naming the line: nothing is applied while there are any. */
  readonly errors: string[];
}

const isDef = (d: unknown): d is UserIndicatorDef => {
  const o = d as UserIndicatorDef;
  return ['id', 'label', 'unit', 'year', 'source', 'column'].every(
    (k) => typeof (o as unknown as Record<string, unknown>)?.[k] === 'string',
  );
};

/**
 * Reads an edits CSV. Kab/kota are matched by Kemendagri code and the BPS code must agree (a file
 * that mixes them up is refused, not guessed); indicators must exist or be defined in the file.
 */
export function parseEditsCsv(
  text: string,
  knownIndicators: ReadonlySet<string>,
  regions: ReadonlyMap<string, RegionProps>,
): ParsedEdits {
  const errors: string[] = [];
  const created: UserIndicatorDef[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let headerAt = 0;
  while (headerAt < lines.length && /^"?#/.test(lines[headerAt] ?? '')) {
    const m = /^"?# indicator: (.*?)"?$/.exec(lines[headerAt] ?? '');
    if (m) {
      try {
        const d = JSON.parse((m[1] ?? '').replace(/""/g, '"')) as unknown;
        if (isDef(d) && d.id.startsWith('user_')) created.push(d);
        else errors.push(`line ${headerAt + 1}: not an indicator definition`);
      } catch {
        errors.push(`line ${headerAt + 1}: not an indicator definition`);
      }
    }
    headerAt++;
  }
  const { columns, rows } = csvObjects(lines.slice(headerAt).join('\n'));
  const missing = EDIT_COLUMNS.filter((c) => !columns.includes(c) && !c.startsWith('replaced') && c !== 'name');
  if (missing.length > 0) return { edits: [], created, errors: [`missing column(s): ${missing.join(', ')}`] };
  const known = new Set([...knownIndicators, ...created.map((d) => d.id)]);
  const edits: Edit[] = [];
  rows.forEach((r, i) => {
    const line = headerAt + 2 + i;
    const region = regions.get(r.kemendagri_code ?? '');
    const value = Number(r.value);
    if (!known.has(r.indicator ?? '')) errors.push(`line ${line}: unknown indicator "${r.indicator}"`);
    else if (!region) errors.push(`line ${line}: unknown Kemendagri code "${r.kemendagri_code}"`);
    else if (region.bps_code !== r.bps_code)
      errors.push(
        `line ${line}: BPS code ${r.bps_code} is not ${region.name} (BPS ${region.bps_code} / Kemendagri ${region.kemendagri_code})`,
      );
    else if (r.value === '' || !Number.isFinite(value)) errors.push(`line ${line}: value "${r.value}" is not a number`);
    else if (!(r.source ?? '').trim()) errors.push(`line ${line}: no source`);
    else {
      const rv = r.replaced_value === undefined || r.replaced_value === '' ? null : Number(r.replaced_value);
      edits.push({
        indicator: r.indicator ?? '',
        kemendagri_code: region.kemendagri_code,
        bps_code: region.bps_code,
        value,
        year: r.year ?? '',
        source: r.source ?? '',
        entered_at: r.entered_at ?? '',
        replaced:
          rv === null ? null : { value: rv, year: r.replaced_year ?? '', source_id: r.replaced_source_id ?? '' },
      });
    }
  });
  return { edits, created, errors };
}
