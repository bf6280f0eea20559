import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { CoverageView } from './CoverageView';
import { DataGrid } from './DataGrid';
import { SqlWorkbench } from './SqlWorkbench';

type Pane = 'grid' | 'coverage' | 'sql';

/** The lower pane of "Your data": type values, check coverage, or query with SQL. */
export function DataWorkspace() {
  const t = useT();
  const [pane, setPane] = useState<Pane>('grid');
  return (
    <div className="data-workspace">
      <div className="tabs sub-tabs" role="tablist">
        {(['grid', 'coverage', 'sql'] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={pane === p}
            onClick={() => setPane(p)}
            data-testid={`pane-${p}`}
          >
            {t(`pane_${p}`)}
          </button>
        ))}
      </div>
      {pane === 'grid' && <DataGrid />}
      {pane === 'coverage' && <CoverageView />}
      {pane === 'sql' && <SqlWorkbench />}
    </div>
  );
}
