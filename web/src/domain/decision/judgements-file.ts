import { type FieldError, fieldError } from '../scoring/scenario';
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
): { ok: true; file: JudgementsFile } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const o = json as Partial<JudgementsFile> | null;
  if (typeof o !== 'object' || o === null) return { ok: false, errors: [fieldError('(root)', 'vRootObject')] };
  if (o.version !== 1) errors.push(fieldError('version', 'vVersionOne'));
  if (!Array.isArray(o.criteria) || o.criteria.join('|') !== criteria.join('|')) {
    errors.push(fieldError('criteria', 'vJudgementCriteria', { list: criteria.join(', ') }));
  }
  if (!Array.isArray(o.participants) || o.participants.length === 0)
    errors.push(fieldError('participants', 'vNonEmptyList'));
  else {
    o.participants.forEach((p, k) => {
      if (typeof p?.name !== 'string' || p.name.trim() === '')
        errors.push(fieldError(`participants[${k}].name`, 'vNonEmptyText'));
      const m = p?.matrix;
      if (
        !Array.isArray(m) ||
        m.length !== criteria.length ||
        m.some((r) => !Array.isArray(r) || r.length !== criteria.length)
      ) {
        errors.push(fieldError(`participants[${k}].matrix`, 'vMatrixSize', { n: criteria.length }));
      } else {
        for (const prob of checkMatrix(m, { onScale: true }))
          errors.push(fieldError(`participants[${k}].matrix[${prob.i}][${prob.j}]`, prob.key, prob.vars));
      }
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: o as JudgementsFile };
}
