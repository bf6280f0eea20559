import { type ColumnProfile, knownCodes, profileColumns } from '../../domain/import/column-types';
import type { ImportErrorKey, ImportErrorVars } from '../../domain/import/import-messages';
import { ImportFileError, type ReadResult, readImportFile } from '../../domain/import/read-file';

export interface ReadAndProfile {
  readonly read: ReadResult;
  readonly profiles: ColumnProfile[];
}

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { ok: (r: ReadAndProfile) => void; fail: (e: Error) => void; fileName: string }>();

/**
 * Reads an import file in a Web Worker (the tab stays responsive); where workers are unavailable
 * it reads on the main thread. The file's bytes are copied, so the caller keeps its buffer.
 */
export async function readInWorker(
  fileName: string,
  data: ArrayBuffer,
  opts: Parameters<typeof readImportFile>[2],
  codes: { readonly bps: readonly string[]; readonly kemendagri: readonly string[] },
): Promise<ReadAndProfile> {
  if (typeof Worker === 'undefined') {
    const read = await readImportFile(fileName, data, opts);
    return { read, profiles: profileColumns(read.table, read.fallbackStyle, knownCodes(codes)) };
  }
  if (!worker) {
    worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      e: MessageEvent<{
        id: number;
        ok: boolean;
        read?: ReadResult;
        profiles?: ColumnProfile[];
        message?: string;
        known?: { file: string; key: ImportErrorKey; vars: ImportErrorVars } | null;
      }>,
    ) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (e.data.ok && e.data.read && e.data.profiles) p.ok({ read: e.data.read, profiles: e.data.profiles });
      else {
        const k = e.data.known;
        p.fail(
          k
            ? new ImportFileError(k.file, k.key, k.vars)
            : new ImportFileError(p.fileName, 'iUnreadable', { detail: e.data.message ?? '' }),
        );
      }
    };
    worker.onerror = (e) => {
      for (const p of pending.values())
        p.fail(new ImportFileError(p.fileName, 'iWorkerFailed', { detail: e.message || '' }));
      pending.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise<ReadAndProfile>((ok, fail) => {
    pending.set(id, { ok, fail, fileName });
    worker?.postMessage({ id, fileName, data: data.slice(0), opts, codes });
  });
}
