import { describe, expect, it } from 'vitest';
import { inLanguage } from '../domain/scoring/scenario-language';
import { createAtlas } from '../store/atlas';
import { EXAMPLE_SCENARIO } from '../store/scoring-slice';
import { memoryAsyncStorage, memoryStorage } from '../store/storage';
import { startScenarioLanguage } from './scenario-language';

describe('a shipped example speaks the interface language until it is edited', () => {
  it('the example has both languages; a language switch swaps name and description, an edited name stays', () => {
    const atlas = createAtlas({ storage: memoryStorage(), db: memoryAsyncStorage() });
    const stop = startScenarioLanguage(atlas);
    expect(atlas.scoring.getState().scenario.name).toBe('Sentra pengolahan kelapa — Sulawesi Tengah');
    atlas.view.getState().setLang('en');
    const en = atlas.scoring.getState().scenario;
    expect(en.name).toBe('Coconut-processing sentra — Central Sulawesi');
    expect(en.description).toMatch(/^Example for a coconut-processing Sentra IKM/);
    expect(en.criteria).toEqual(EXAMPLE_SCENARIO.criteria); // only the texts change
    atlas.view.getState().setLang('id');
    expect(atlas.scoring.getState().scenario.description).toMatch(/^Contoh untuk Sentra IKM pengolahan kelapa/);
    atlas.scoring.getState().setScenario({ ...atlas.scoring.getState().scenario, name: 'FGD Palu, 3 Desember' });
    atlas.view.getState().setLang('en');
    expect(atlas.scoring.getState().scenario.name).toBe('FGD Palu, 3 Desember');
    stop();
  });

  it('loading the example in English gives the English texts at once', () => {
    const atlas = createAtlas({ storage: memoryStorage(), db: memoryAsyncStorage() });
    atlas.view.getState().setLang('en');
    const stop = startScenarioLanguage(atlas);
    expect(atlas.scoring.getState().scenario.name).toBe('Coconut-processing sentra — Central Sulawesi');
    atlas.scoring.getState().setScenario({ ...EXAMPLE_SCENARIO, name: 'x' });
    atlas.scoring.getState().setScenario(EXAMPLE_SCENARIO);
    expect(atlas.scoring.getState().scenario.name).toBe('Coconut-processing sentra — Central Sulawesi');
    stop();
  });

  it('a scenario without translations is never touched', () => {
    const { translations: _t, ...plain } = EXAMPLE_SCENARIO;
    expect(inLanguage(plain, 'en')).toBe(plain);
  });
});
