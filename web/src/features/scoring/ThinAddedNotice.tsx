import { criterionCoverage } from '../../domain/scoring/coverage';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { useData, useScoring, useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';

/**
 * Right after a criterion is added: when fewer than half the candidates have a value for it, say
 * so where the user is looking, with the choices (issue 13, item 5). Gone when dismissed.
 */
export function ThinAddedNotice({ id, onClose }: { readonly id: string; readonly onClose: () => void }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const result = useScoring((s) => s.result);
  const cov = result?.scenario.criteria.some((c) => c.id === id)
    ? criterionCoverage(result.scenario, result.rows).find((c) => c.id === id)
    : undefined;
  if (!cov?.thin) return null;
  return (
    <div className="panel-error" role="alert" data-testid="thin-added">
      <strong>
        ⚠{' '}
        {t('thinAdded', {
          label: criterionLabel(id, catalog, lang).label,
          n: cov.withValue,
          pool: cov.pool,
        })}
      </strong>{' '}
      {t('thinCriterionWarning')}{' '}
      <button type="button" className="link" onClick={onClose}>
        {t('dismiss')}
      </button>
    </div>
  );
}
