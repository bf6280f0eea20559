import { checkMatrix, type Matrix } from '../weighting/ahp';

/** An FGD's AHP judgements as a file: participants' full matrices over the named criteria. */
export interface JudgementsFile {
  readonly version: 1;
  readonly criteria: readonly string[];
  readonly participants: readonly { readonly name: string; readonly matrix: Matrix }[];
}

/** Validates a judgements file against the scenario's criteria; errors name the field or cell. */
export function parseJudgementsFile(
  json: unknown,
  criteria: readonly string[],
): { ok: true; file: JudgementsFile } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const o = json as Partial<JudgementsFile> | null;
  if (typeof o !== 'object' || o === null) return { ok: false, errors: ['(root): must be a JSON object'] };
  if (o.version !== 1) errors.push('version: must be 1');
  if (!Array.isArray(o.criteria) || o.criteria.join('|') !== criteria.join('|')) {
    errors.push(`criteria: must be exactly the scenario's criteria, in order (${criteria.join(', ')})`);
  }
  if (!Array.isArray(o.participants) || o.participants.length === 0)
    errors.push('participants: must be a non-empty list');
  else {
    o.participants.forEach((p, k) => {
      if (typeof p?.name !== 'string' || p.name.trim() === '')
        errors.push(`participants[${k}].name: must be a non-empty text`);
      const m = p?.matrix;
      if (
        !Array.isArray(m) ||
        m.length !== criteria.length ||
        m.some((r) => !Array.isArray(r) || r.length !== criteria.length)
      ) {
        errors.push(`participants[${k}].matrix: must be ${criteria.length}×${criteria.length}`);
      } else {
        for (const prob of checkMatrix(m, { onScale: true }))
          errors.push(`participants[${k}].matrix[${prob.i}][${prob.j}]: ${prob.message}`);
      }
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: o as JudgementsFile };
}
