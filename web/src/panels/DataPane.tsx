import { useImportSession } from '../store/import-session';
import { DataWorkspace } from './DataWorkspace';
import { ImportPreview } from './ImportPreview';

/** The lower pane of "Your data": a file being imported, else the grid, coverage and SQL. */
export function DataPane() {
  const staged = useImportSession((s) => s.staged !== null);
  return staged ? <ImportPreview /> : <DataWorkspace />;
}
