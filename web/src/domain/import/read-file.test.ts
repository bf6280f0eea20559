import { describe, expect, it } from 'vitest';
import writeXlsx from 'write-excel-file/universal';
import { fixture } from '../../testing/test-data';
import { profileColumns } from './column-types';
import { ImportFileError, MAX_IMPORT_BYTES, readImportFile } from './read-file';
import { pointShapefileZip } from './shapefile-fixture';

const buf = (b: Uint8Array | Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('readImportFile', () => {
  it('reads a semicolon CSV with title rows above the header and Indonesian numbers', async () => {
    const r = await readImportFile('sulteng.csv', buf(fixture('sulteng-penduduk-id.csv')));
    expect(r.delimiter).toBe(';');
    expect(r.table.header).toEqual(['Kabupaten/Kota', 'Penduduk 2024 (jiwa)', 'Luas (km2)', 'Sentra binaan']);
    expect(r.table.preamble[0]).toContain('bukan tabel BPS');
    expect(r.table.rows).toHaveLength(14);
    const p = profileColumns(r.table, r.fallbackStyle);
    expect(p.map((c) => c.kind)).toEqual(['region_name', 'number', 'number', 'number']);
    expect(p[1]?.style).toBe('id');
  });
  it('reads a tab-separated file of Kemendagri codes', async () => {
    const r = await readImportFile('k.tsv', buf(fixture('sulteng-kemendagri.tsv')));
    expect(r.delimiter).toBe('\t');
    expect(profileColumns(r.table, r.fallbackStyle)[0]?.kind).toBe('kemendagri_code');
  });
  it('reads the chosen XLSX sheet', async () => {
    const blob = await writeXlsx([
      { sheet: 'Catatan', data: [['Lembar catatan']] },
      { sheet: 'Data', data: [['Tabel uji'], [], ['kode_bps', 'nilai'], ['7203', 1234.5], ['7271', 10]] },
    ]).toBlob();
    const data = await blob.arrayBuffer();
    const first = await readImportFile('t.xlsx', data);
    expect(first.sheets).toEqual(['Catatan', 'Data']);
    const r = await readImportFile('t.xlsx', data, { sheet: 'Data' });
    expect(r.table.header).toEqual(['kode_bps', 'nilai']);
    expect(r.table.rows).toEqual([
      ['7203', '1234.5'],
      ['7271', '10'],
    ]);
  });
  it('reads GeoJSON points with their coordinates as columns', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { nama: 'A' }, geometry: { type: 'Point', coordinates: [119.87, -0.9] } },
      ],
    };
    const r = await readImportFile('p.geojson', buf(new TextEncoder().encode(JSON.stringify(fc))));
    expect(r.table.header).toEqual(['nama', 'longitude', 'latitude']);
    expect(r.table.rows[0]).toEqual(['A', '119.87', '-0.9']);
  });
  it('reads a zipped point Shapefile', async () => {
    const zip = pointShapefileZip([{ lon: 119.8707, lat: -0.899, name: 'Unit Palu' }]);
    const r = await readImportFile('units.zip', buf(zip));
    expect(r.table.header).toEqual(['nama', 'longitude', 'latitude']);
    expect(r.table.rows[0]?.[0]).toBe('Unit Palu');
    expect(Number(r.table.rows[0]?.[1])).toBeCloseTo(119.8707, 6);
  });
  it('names the file and the problem for malformed input', async () => {
    const bad = (name: string, text: string) => readImportFile(name, buf(new TextEncoder().encode(text)));
    await expect(bad('x.geojson', '{"type":"Feature"')).rejects.toThrow(/x\.geojson: not valid JSON/);
    await expect(bad('x.geojson', '{"type":"Feature"}')).rejects.toThrow(/not a GeoJSON FeatureCollection/);
    await expect(bad('x.xlsx', 'not a zip')).rejects.toThrow(ImportFileError);
    await expect(bad('x.zip', 'not a zip')).rejects.toThrow(/x\.zip: not a readable zipped Shapefile/);
    await expect(bad('x.pdf', '%PDF')).rejects.toThrow(/unknown file type/);
    await expect(bad('x.csv', 'one column only\n1\n2')).rejects.toThrow(/fewer than two columns/);
  });
  it('names the lines that have more cells than the header', async () => {
    const text = 'kode_bps,nilai\n7203,12\n7271,1,5\n';
    const r = await readImportFile('r.csv', new TextEncoder().encode(text).buffer as ArrayBuffer);
    expect(r.table.ragged).toEqual([3]);
    expect(r.table.rows[1]).toEqual(['7271', '1']);
  });
  it('refuses a file larger than the browser import accepts', async () => {
    await expect(readImportFile('big.csv', new ArrayBuffer(MAX_IMPORT_BYTES + 1))).rejects.toThrow(/50 MB/);
    // 50.004 MiB was refused as "50 MB > 50 MB" (issue 18): the size is rounded up to 0.01 MB.
    await expect(readImportFile('big.csv', new ArrayBuffer(Math.round(50.004 * 1024 * 1024)))).rejects.toThrow(
      /50\.01 MB is more than the 50 MB/,
    );
  });
});
