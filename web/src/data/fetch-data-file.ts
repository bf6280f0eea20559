import { DataFileError } from './data-file-error';
import { dataUrl } from './data-url';

/** Reads one embedded data file by name (public/data/…): fetched in the browser, read from disk in Node tests. */
export type ReadDataFile = (file: string) => Promise<string>;

/** The browser's reader: same origin, relative to the page. Errors name the file. */
export const fetchDataFile: ReadDataFile = async (file) => {
  let res: Response;
  try {
    res = await fetch(dataUrl(file));
  } catch (e) {
    throw new DataFileError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}`);
  return res.text();
};
