import { DataFileError } from '../data/data-file-error';
import type { ReadDataFile } from '../data/fetch-data-file';
import { parseCatalog, parseJson, parseObservations, parsePoints, parseRegionTopology } from '../data/parse-files';
import type { Atlas } from '../store/atlas';
import type { DataError } from '../store/data-slice';

function asDataError(e: unknown, file: string): DataError {
  if (e instanceof DataFileError) return { file: e.file, detail: e.detail };
  return { file, detail: e instanceof Error ? e.message : String(e) };
}

const mark = (name: string) => globalThis.performance?.mark(name);

/**
 * Loads every data file independently: one missing or corrupt file is reported by name and the
 * others still load. Each file lands in the data slice as soon as it is parsed.
 */
export async function loadAllData(atlas: Atlas, read: ReadDataFile): Promise<void> {
  const data = atlas.data;
  const fail = (file: string) => (e: unknown) => {
    data.setState((s) => ({ errors: [...s.errors, asDataError(e, file)] }));
  };
  const jobs = [
    read('regions.topo.json')
      .then((t) => {
        mark('regions-fetched');
        const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', t));
        mark('regions-parsed');
        data.setState({ regions });
      })
      .catch(fail('regions.topo.json')),
    read('catalog.json')
      .then((t) => data.setState({ publishedCatalog: parseCatalog('catalog.json', parseJson('catalog.json', t)) }))
      .catch(fail('catalog.json')),
    read('observations.csv')
      .then((t) =>
        data.setState({ publishedObservations: parseObservations('observations.csv', t), observationsCsv: t }),
      )
      .catch(fail('observations.csv')),
    read('points.json')
      .then((t) => data.setState({ points: parsePoints('points.json', parseJson('points.json', t)) }))
      .catch(fail('points.json')),
  ];
  await Promise.all(jobs);
  data.setState({ status: 'done' });
}
