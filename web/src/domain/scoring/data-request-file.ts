import { csvField } from '../csv-field';
import { cellText } from '../import/read-file';
import { csvLines, type DataRequest, dataRequestGrid } from './data-request';

/** The template as CSV: instruction lines (`# …`, in the interface language) above the header. */
export function dataRequestCsv(req: DataRequest, instructions: readonly string[]): string {
  const grid = dataRequestGrid(req);
  return `${[...instructions.map((l) => `# ${l}`), ...grid.map((r) => r.map(csvField).join(','))].join('\n')}\n`;
}

/**
 * The template as XLSX: the table on the first sheet (header in row 1, so a sheet edited in Excel
 * or LibreOffice reads back the same), the instructions on the second.
 */
export async function dataRequestXlsx(
  req: DataRequest,
  instructions: readonly string[],
  sheets: { readonly data: string; readonly help: string },
): Promise<Blob> {
  const { default: writeXlsx } = await import('write-excel-file/universal');
  const grid = dataRequestGrid(req);
  const text = (v: string) => ({ value: v, type: String });
  return writeXlsx([
    {
      sheet: sheets.data,
      data: grid.map((r, i) => r.map((v) => (i === 0 ? { value: v, fontWeight: 'bold' as const } : text(v)))),
    },
    { sheet: sheets.help, data: instructions.map((l) => [text(l)]) },
  ]).toBlob();
}

/** A filled template (CSV or XLSX, by its name) as numbered rows, header first. */
export async function readRequestFile(
  name: string,
  bytes: ArrayBuffer,
): Promise<Array<{ line: number; cells: string[] }>> {
  if (!name.toLowerCase().endsWith('.xlsx')) return csvLines(new TextDecoder('utf-8').decode(bytes));
  const { default: readXlsx } = await import('read-excel-file/universal');
  const [first] = await readXlsx(bytes);
  const rows = first?.data ?? [];
  return rows.map((r, i) => ({
    line: i + 1,
    cells: r.map(cellText),
  }));
}
