import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from '../domain/import/read-file';
import { importErrorText } from './import-error-text';

// Issue 18: file errors were English in the Indonesian UI.
describe('file errors in the interface language', () => {
  it('an unknown type and a file over the limit, in Indonesian and English; the CLI message stays English', async () => {
    const unknown = await readImportFile('data.pdf', new ArrayBuffer(8)).catch((e: unknown) => e);
    expect(importErrorText(unknown, 'id')).toBe(
      'data.pdf: jenis berkas tidak dikenal (pakai .csv, .tsv, .xlsx, .geojson atau Shapefile ber-zip .zip)',
    );
    expect((unknown as Error).message).toMatch(/^data\.pdf: unknown file type/);
    const big = await readImportFile('besar.csv', new ArrayBuffer(MAX_IMPORT_BYTES + 5000)).catch((e: unknown) => e);
    expect(importErrorText(big, 'id')).toMatch(/^besar\.csv: 50\.01 MB melebihi batas impor di peramban \(50 MB\)/);
    expect(importErrorText(big, 'en')).toMatch(/^besar\.csv: 50\.01 MB is more than the 50 MB/);
  });
});
