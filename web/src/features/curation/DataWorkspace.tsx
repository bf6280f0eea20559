import { useState } from 'react';
import { TabBar } from '../../ui/TabBar';
import { useT } from '../../ui/use-t';
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
      <TabBar
        keys={['grid', 'coverage', 'sql'] as const}
        selected={pane}
        onSelect={setPane}
        label={(p) => t(`pane_${p}`)}
        testId={(p) => `pane-${p}`}
        className="sub-tabs"
      />
      {pane === 'grid' && <DataGrid />}
      {pane === 'coverage' && <CoverageView />}
      {pane === 'sql' && <SqlWorkbench />}
    </div>
  );
}
