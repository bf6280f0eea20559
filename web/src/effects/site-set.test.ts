import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import loadHighs from 'highs';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSites } from '../domain/selection/site-set';
import { createNodeEngine } from '../engine/node-engine';
import { type Atlas, createAtlas } from '../store/atlas';
import { memoryAsyncStorage, memoryStorage } from '../store/storage';
import { until } from '../testing/until';
import { highsSolve } from '../workers/highs-solve';
import { loadAllData } from './load-data';
import { startScoring } from './scoring';
import { startSiteSet } from './site-set';
import { startUserDataMerge } from './user-data';

// The site-set effect in Node: the app's slices and DuckDB, HiGHS in-process instead of the worker.
const root = resolve(import.meta.dirname, '../../..');
const readDataFile = async (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');
const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

async function boot(): Promise<Atlas> {
  const atlas = createAtlas({ storage: memoryStorage(), db: memoryAsyncStorage() });
  stops.push(startUserDataMerge(atlas));
  await Promise.all([atlas.userData.getState().load(), atlas.curation.getState().load()]);
  await loadAllData(atlas, readDataFile);
  stops.push(startScoring(atlas, { createEngine: () => createNodeEngine(), withoutMap: true }));
  const solve = highsSolve(await loadHighs());
  stops.push(startSiteSet(atlas, { solve: async (c, p) => chooseSites(c, p, solve) }));
  return atlas;
}

describe('site-set effect', () => {
  it('answers every new ranking that asks for a set, and clears when the set is switched off (limits parked)', async () => {
    const atlas = await boot();
    await until(atlas.scoring, (s) => s.result !== null);
    atlas.scoring.getState().setSiteSet({ k: 3, min_spacing_km: 100 });
    const s1 = await until(
      atlas.scoring,
      (s) =>
        s.siteSet !== null &&
        !s.siteSet.solving &&
        s.siteSet.forSeq === s.result?.seq &&
        s.result?.scenario.site_set?.k === 3,
    );
    expect(s1.siteSet?.outcome?.status).toBe('optimal');
    const o = s1.siteSet?.outcome;
    if (o?.status !== 'optimal') return;
    expect(o.chosen).toHaveLength(3);
    expect(o.chosen).toContain('72.01'); // Banggai, rank 1, fits any spacing on its own
    // K = 20 of 12 candidates: infeasible, and says so in numbers.
    atlas.scoring.getState().setSiteSet({ k: 20 });
    const s2 = await until(atlas.scoring, (s) => s.siteSet?.outcome?.status === 'infeasible' && !s.siteSet.solving);
    const o2 = s2.siteSet?.outcome;
    expect(o2?.status === 'infeasible' && o2.causes).toEqual([{ kind: 'too_few_candidates', k: 20, available: 12 }]);
    atlas.scoring.getState().setSiteSet(undefined);
    const s3 = await until(atlas.scoring, (s) => s.siteSet === null && s.scenario.site_set === undefined);
    expect(s3.siteSetParked).toEqual({ k: 20 });
  }, 60_000);
});
