import { participantFromMatrix } from '../domain/decision/ahp-draft';
import { REGION_VIEWS, viewBounds } from '../domain/region-views';
import { resolveWeights, type Scenario } from '../domain/scoring/scenario';
import { decodeScenarioLink } from '../domain/scoring/share-link';
import { fieldErrorText } from '../i18n/validation-text';
import type { Atlas } from './atlas';

/**
 * Opens a scenario: its scope chooses the region view (one focus province, or all Indonesia).
 * AHP judgements in it become the editable criteria weights.
 */
export function applyScenario(atlas: Atlas, input: Scenario): void {
  // The judgements stay with the scenario (the report names them); the weights are theirs.
  const s = resolveWeights(input);
  const p = s.scope.provinces;
  const view = p.length === 0 ? 'indonesia' : (REGION_VIEWS.find((v) => v.provinceCode === p[0])?.id ?? 'indonesia');
  atlas.view
    .getState()
    .setView(
      view,
      viewBounds(
        REGION_VIEWS.find((v) => v.id === view) ?? (REGION_VIEWS[0] as (typeof REGION_VIEWS)[0]),
        atlas.data.getState().catalog?.provinces ?? [],
      ),
    );
  // Judgements in the file become the FGD's editable AHP draft (keyed by criterion ids).
  const ids = input.criteria.map((c) => c.id);
  const ahpDraft = input.ahp?.participants.length
    ? {
        participants: input.ahp.participants.map((p, k) => participantFromMatrix(k, p.name, ids, p.matrix)),
        current: 0,
        nextId: input.ahp.participants.length,
      }
    : atlas.scoring.getState().ahpDraft;
  atlas.scoring.setState({ scenario: s as Scenario, tab: 'scoring', ahpDraft });
}

/**
 * Applies a scenario link (#s=1.…) once the catalog is in. A bad link leaves the example
 * scenario in place and explains why; saved scenarios are never touched.
 */
export function applyLinkOnce(atlas: Atlas, hash: string): void {
  const run = () => {
    const catalog = atlas.data.getState().catalog;
    if (!catalog) return false;
    const r = decodeScenarioLink(hash, new Set(catalog.indicators.map((i) => i.id)));
    if (r.kind === 'ok') applyScenario(atlas, r.scenario);
    if (r.kind === 'invalid') {
      atlas.scoring.setState({
        tab: 'scoring',
        linkError: r.errors.map((e) => fieldErrorText(e, atlas.view.getState().lang)),
      });
    }
    return true;
  };
  if (run()) return;
  const unsub = atlas.data.subscribe(() => {
    if (run()) unsub();
  });
}
