import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeUncertainty, type Uncertainty, type UncertaintyRequest } from '../domain/decision/uncertainty';
import { createNodeEngine } from '../engine/node-engine';
import { type Atlas, createAtlas } from '../store/atlas';
import { memoryAsyncStorage, memoryStorage } from '../store/storage';
import { until } from '../testing/until';
import { loadAllData } from './load-data';
import { startScoring } from './scoring';
import { startUncertainty } from './uncertainty';
import { startUserDataMerge } from './user-data';

// The stability effect in Node: the app's slices and DuckDB; the draws in-process instead of a worker.
const root = resolve(import.meta.dirname, '../../..');
const readDataFile = async (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');
const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

async function boot(run: (req: UncertaintyRequest) => Promise<Uncertainty>): Promise<Atlas> {
  const atlas = createAtlas({ storage: memoryStorage(), db: memoryAsyncStorage() });
  stops.push(startUserDataMerge(atlas));
  await Promise.all([atlas.userData.getState().load(), atlas.curation.getState().load()]);
  await loadAllData(atlas, readDataFile);
  stops.push(startScoring(atlas, { createEngine: () => createNodeEngine(), withoutMap: true }));
  stops.push(startUncertainty(atlas, { run }));
  return atlas;
}

describe('uncertainty effect', () => {
  it('answers each ranking with its weight and missing-data ranges, and a slow old answer never lands over a new one', async () => {
    let calls = 0;
    const atlas = await boot(async (req) => {
      calls++;
      // The first answer arrives late: by then a newer ranking has asked again.
      if (calls === 1) await new Promise((r) => setTimeout(r, 400));
      return computeUncertainty(req);
    });
    const first = await until(atlas.scoring, (s) => s.result !== null);
    atlas.scoring.getState().updateCriterion(0, { weight: 50 });
    const s = await until(atlas.scoring, (st) => st.result !== null && st.result.seq > (first.result?.seq ?? 0));
    const done = await until(atlas.scoring, (st) => st.uncertainty?.forSeq === s.result?.seq);
    await new Promise((r) => setTimeout(r, 600)); // the late first answer has come back by now
    expect(atlas.scoring.getState().uncertainty?.forSeq).toBe(s.result?.seq);
    const u = done.uncertainty?.value;
    expect(u?.codes).toHaveLength(12);
    expect(u?.withMissing.anyMissing).toBe(true);
    // Poso (no coconut figure): wider when its missing value is drawn than under weights alone.
    const i = u?.codes.indexOf('72.02') ?? -1;
    expect((u?.withMissing.maxRank[i] ?? 0) - (u?.withMissing.minRank[i] ?? 0)).toBeGreaterThan(
      (u?.weightOnly.p95[i] ?? 0) - (u?.weightOnly.p5[i] ?? 0),
    );
  });
});
