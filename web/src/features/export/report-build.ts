import type { Atlas } from '../../store/atlas';
import { snapshotReport } from './report-input';

/** The report of the atlas now (the export dialog's button); jsPDF loads with the first report. */
export async function buildReportPdf(atlas: Atlas, title = ''): Promise<Blob> {
  const { renderReportPdf } = await import('./report-pdf');
  return renderReportPdf(await snapshotReport(atlas, title));
}
