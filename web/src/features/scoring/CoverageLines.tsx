import { coverageText, criterionCoverage, distinctTies, tieGroups, tieText } from '../../domain/scoring/coverage';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { useData, useView } from '../../store/hooks';

import type { ScoringResult } from '../../store/scoring-slice';
import { useT } from '../../ui/use-t';

/**
 * The ranking's head: per criterion, how many candidates have a value and what the rest were
 * given; and every tie group. A criterion under half covered is in the warning style.
 */
export function CoverageLines({ result, testId = 'coverage-lines' }: { result: ScoringResult; testId?: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const s = result.scenario;
  const cov = criterionCoverage(s, result.rows);
  const gaps = cov.filter((c) => c.missing > 0);
  const ties = distinctTies(tieGroups(result.rows));
  return (
    <ul className="coverage-lines small" data-testid={testId} aria-label={t('coverageHeading')}>
      {gaps.length === 0 && <li>{t('coverageAllComplete', { n: cov[0]?.pool ?? 0 })}</li>}
      {gaps.map((c) => (
        <li key={c.id} className={c.thin ? 'thin' : undefined} data-thin={c.thin}>
          {c.thin ? '⚠ ' : ''}
          {coverageText(c, criterionLabel(c.id, catalog, lang).label, lang)}
        </li>
      ))}
      {ties.map((g) => (
        <li key={g.first} data-testid="tie-line">
          {tieText(g, lang)}
        </li>
      ))}
    </ul>
  );
}
