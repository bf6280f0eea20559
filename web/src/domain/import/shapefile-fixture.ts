import { zipSync } from 'fflate';

/**
 * Writes a minimal point Shapefile (.shp, .shx, .dbf with one text field) zipped, as Esri's
 * specification lays it out — a test fixture that needs no GIS tool to produce.
 */
export function pointShapefileZip(points: readonly { lon: number; lat: number; name: string }[]): Uint8Array {
  const n = points.length;
  const header = (lengthBytes: number) => {
    const b = new DataView(new ArrayBuffer(100));
    b.setInt32(0, 9994); // file code, big endian
    b.setInt32(24, lengthBytes / 2); // file length in 16-bit words
    b.setInt32(28, 1000, true); // version
    b.setInt32(32, 1, true); // shape type: point
    const xs = points.map((p) => p.lon);
    const ys = points.map((p) => p.lat);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    for (const [i, v] of box.entries()) b.setFloat64(36 + 8 * i, v, true);
    return new Uint8Array(b.buffer);
  };
  const shp = new Uint8Array(100 + n * 28);
  const shx = new Uint8Array(100 + n * 8);
  shp.set(header(shp.length));
  shx.set(header(shx.length));
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  points.forEach((p, i) => {
    const off = 100 + i * 28;
    sv.setInt32(off, i + 1);
    sv.setInt32(off + 4, 10); // content length: 20 bytes = 10 words
    sv.setInt32(off + 8, 1, true);
    sv.setFloat64(off + 12, p.lon, true);
    sv.setFloat64(off + 20, p.lat, true);
    xv.setInt32(100 + i * 8, off / 2);
    xv.setInt32(104 + i * 8, 10);
  });
  const width = 40;
  const dbf = new Uint8Array(32 + 32 + 1 + n * (width + 1) + 1);
  const dv = new DataView(dbf.buffer);
  dbf[0] = 3;
  dv.setUint32(4, n, true);
  dv.setUint16(8, 32 + 32 + 1, true);
  dv.setUint16(10, width + 1, true);
  dbf.set(new TextEncoder().encode('nama'), 32);
  dbf[32 + 11] = 'C'.charCodeAt(0);
  dbf[32 + 16] = width;
  dbf[64] = 0x0d;
  points.forEach((p, i) => {
    const off = 65 + i * (width + 1);
    dbf[off] = 0x20;
    dbf.set(new TextEncoder().encode(p.name.padEnd(width).slice(0, width)), off + 1);
  });
  dbf[dbf.length - 1] = 0x1a;
  return zipSync({ 'units.shp': shp, 'units.shx': shx, 'units.dbf': dbf });
}
