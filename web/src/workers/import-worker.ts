/// <reference lib="webworker" />
import { knownCodes, profileColumns } from '../domain/import/column-types';
import { ImportFileError, readImportFile } from '../domain/import/read-file';

/**
 * Parses an imported file off the main thread: a 50 MB CSV takes seconds to split and would
 * otherwise freeze the tab. The answer is the plain table (structured-cloned back).
 */
self.onmessage = async (
  e: MessageEvent<{
    id: number;
    fileName: string;
    data: ArrayBuffer;
    opts: Parameters<typeof readImportFile>[2];
    codes: { bps: string[]; kemendagri: string[] };
  }>,
) => {
  const { id, fileName, data, opts, codes } = e.data;
  try {
    const read = await readImportFile(fileName, data, opts);
    // Profiling reads every cell: done here too, so the main thread only receives the result.
    self.postMessage({
      id,
      ok: true,
      read,
      profiles: profileColumns(read.table, read.fallbackStyle, knownCodes(codes)),
    });
  } catch (err) {
    // The key and values cross to the page, which words them in its language.
    const known = err instanceof ImportFileError ? { file: err.file, key: err.key, vars: err.vars } : null;
    self.postMessage({ id, ok: false, message: (err as Error).message, known });
  }
};
