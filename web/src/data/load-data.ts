import { type DataError, useDataStore } from '../store/data-store';
import { DataFileError } from './data-file-error';
import { parseCatalog, parseJson, parseObservations, parsePoints, parseRegionTopology } from './parse-files';

/** Files are fetched relative to the page, so the built site works from any static host path. */
export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchText(file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(dataUrl(file));
  } catch (e) {
    throw new DataFileError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataFileError(file, `HTTP ${res.status}`);
  return res.text();
}

function asDataError(e: unknown, file: string): DataError {
  if (e instanceof DataFileError) return { file: e.file, detail: e.detail };
  return { file, detail: e instanceof Error ? e.message : String(e) };
}

/**
 * Loads every data file independently: one missing or corrupt file is reported by name and the
 * others still load. Each file lands in the store as soon as it is parsed.
 */
export async function loadAllData(): Promise<void> {
  const store = useDataStore;
  const fail = (file: string) => (e: unknown) => {
    store.setState((s) => ({ errors: [...s.errors, asDataError(e, file)] }));
  };
  const jobs = [
    fetchText('regions.topo.json')
      .then((t) => {
        performance.mark('regions-fetched');
        const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', t));
        performance.mark('regions-parsed');
        store.setState({ regions });
      })
      .catch(fail('regions.topo.json')),
    fetchText('catalog.json')
      .then((t) => store.setState({ publishedCatalog: parseCatalog('catalog.json', parseJson('catalog.json', t)) }))
      .catch(fail('catalog.json')),
    fetchText('observations.csv')
      .then((t) => store.setState({ publishedObservations: parseObservations('observations.csv', t) }))
      .catch(fail('observations.csv')),
    fetchText('points.json')
      .then((t) => store.setState({ points: parsePoints('points.json', parseJson('points.json', t)) }))
      .catch(fail('points.json')),
  ];
  await Promise.all(jobs);
  store.setState({ status: 'done' });
}
