import { useImportSession } from '../../store/hooks';
import { ImportPreview } from '../import/ImportPreview';
import { DataWorkspace } from './DataWorkspace';

/** The lower pane of "Your data": a file being imported, else the grid, coverage and SQL. */
export function DataPane() {
  const staged = useImportSession((s) => s.staged !== null);
  return staged ? <ImportPreview /> : <DataWorkspace />;
}
