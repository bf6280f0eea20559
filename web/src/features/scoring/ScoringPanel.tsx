import { useMemo, useState } from 'react';
import { formatNumber } from '../../domain/format';
import { viewById } from '../../domain/region-views';
import { criterionCoverage } from '../../domain/scoring/coverage';
import { defaultDirection } from '../../domain/scoring/criteria';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { readScenarioFile } from '../../domain/scoring/scenario-file';
import { fieldErrorText } from '../../i18n/validation-text';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';
import { applyScenario } from '../../store/scenario-link';
import { EXAMPLE_SCENARIO } from '../../store/scoring-slice';
import { applyBundle, withUserData } from '../../store/user-data-bundle';
import { AlertList } from '../../ui/AlertList';
import { downloadText } from '../../ui/download';
import { FileButton } from '../../ui/FileButton';
import { useT } from '../../ui/use-t';
import { AhpPanel } from '../decision/AhpPanel';
import { ObjectiveWeightsPanel } from '../decision/ObjectiveWeightsPanel';
import { SiteSetPanel } from '../selection/SiteSetPanel';
import { ConstraintsEditor } from './ConstraintsEditor';
import { CriterionEditor, type MissingInfo } from './CriterionEditor';
import { MethodPicker } from './MethodPicker';
import { PresetsPanel } from './PresetsPanel';
import { SavedScenarios } from './SavedScenarios';
import { messageHead } from './StaleRankingNotice';
import { ThinAddedNotice } from './ThinAddedNotice';

export function ScoringPanel() {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const catalog = useData((s) => s.catalog);
  const scenario = useScoring((s) => s.scenario);
  const engine = useScoring((s) => s.engine);
  const progress = useScoring((s) => s.engineProgress);
  const engineError = useScoring((s) => s.engineError);
  const result = useScoring((s) => s.result);
  const message = useScoring((s) => s.message);
  const linkError = useScoring((s) => s.linkError);
  const draftNotSaved = useScoring((s) => s.draftNotSaved);
  const { addCriterion, setScenario, setTopN, setName } = atlas.scoring.getState();
  const [importError, setImportError] = useState<string[] | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  // With weights from the data, the shares shown are the ones the ranking used.
  const objectiveShare = useMemo(() => {
    const r = result?.scenario;
    if (!scenario.weights_from || r?.weights_from !== scenario.weights_from) return new Map<string, number>();
    const sum = r.criteria.reduce((a, c) => a + c.weight, 0);
    return new Map(r.criteria.map((c) => [c.id, sum > 0 ? c.weight / sum : 0]));
  }, [result, scenario.weights_from]);
  const total = scenario.criteria.reduce((a, c) => a + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  // One definition of coverage (docs/scoring.md): the same figures as the ranking's head.
  const missingInfo = useMemo(
    () =>
      new Map<string, MissingInfo>(
        result
          ? criterionCoverage(result.scenario, result.rows).map((c) => [
              c.id,
              { missing: c.missing, present: c.withValue },
            ])
          : [],
      ),
    [result],
  );

  const options = useMemo(() => {
    const used = new Set(scenario.criteria.map((c) => c.id));
    const ids: string[] = [];
    for (const i of catalog?.indicators ?? []) ids.push(`ind:${i.id}`);
    for (const i of catalog?.indicators ?? [])
      if (i.group === 'commodity' || i.group === 'facilities' || i.group === 'user')
        ids.push(`per_km2:${i.id}`, `per_capita:${i.id}`);
    ids.push(
      'dist:port',
      'dist:port@pengumpul',
      'dist:estate',
      'dist:estate@operating',
      'dist:kek',
      'dist:sentra',
      'dist:sentra~kelapa',
      'count:port:50',
      'count:estate:100',
      'count:sentra:100',
    );
    return ids.filter((id) => !used.has(id)).map((id) => ({ id, label: criterionLabel(id, catalog, lang).label }));
  }, [catalog, lang, scenario.criteria]);

  const importFile = async (file: File) => {
    const r = readScenarioFile(await file.text(), catalog?.indicators.map((i) => i.id) ?? [], (e) =>
      fieldErrorText(e, lang),
    );
    if (!r.ok) {
      setImportError([t('importFailed', { file: file.name }), ...r.errors]);
      return;
    }
    setImportError(null);
    if (r.userData) await applyBundle(atlas, r.userData);
    applyScenario(atlas, r.scenario);
  };
  const exportFile = () => {
    downloadText(
      `${scenario.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'scenario'}.json`,
      `${JSON.stringify({ ...scenario, ...withUserData(atlas) }, null, 2)}\n`,
      'application/json',
    );
  };

  return (
    <section className="panel scoring" aria-labelledby="scoring-heading" data-testid="scoring-panel">
      <h2 id="scoring-heading">{t('scoringTitle')}</h2>
      <p className="small muted">{t('scopeIs', { region: viewById(view).label[lang] })}</p>
      <div className="engine-status small" data-testid="engine-status" data-engine={engine}>
        {engine === 'loading' && t('engineLoading', { pct: `${Math.round(progress * 100)} %` })}
        {engine === 'error' && <span className="warn">{t('engineError', { message: engineError ?? '' })}</span>}
        {engine === 'ready' && result && t('engineReady', { ms: formatNumber(Math.round(result.ms), lang) })}
      </div>
      {linkError && (
        <div className="scoring-message" role="alert" data-testid="link-error">
          {t('linkInvalid')}
          <ul>
            {linkError.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <button type="button" className="link" onClick={() => atlas.scoring.setState({ linkError: null })}>
            {t('close')}
          </button>
        </div>
      )}
      {message && (
        <div className="scoring-message" role="alert" data-testid="scoring-message">
          {t(messageHead(message.kind))}
          <ul>
            {message.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      <label className="field">
        <span>{t('scenarioName')}</span>
        <input
          type="text"
          value={scenario.name}
          data-testid="scenario-name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {draftNotSaved && (
        <p className="warn small" role="alert" data-testid="draft-not-saved">
          ⚠ {t('draftNotSaved')}
        </p>
      )}
      {scenario.description && (
        <details className="small" open data-testid="scenario-description">
          <summary>{t('scenarioDescription')}</summary>
          <p className="scenario-description">{scenario.description}</p>
        </details>
      )}
      <MethodPicker />
      <h3>{t('criteria')}</h3>
      <ul className="criteria-list">
        {scenario.criteria.map((c, i) => (
          <CriterionEditor
            key={c.id}
            index={i}
            criterion={c}
            share={objectiveShare.get(c.id) ?? (total > 0 ? c.weight / total : 0)}
            locked={scenario.weights_from !== undefined}
            info={missingInfo.get(c.id) ?? null}
          />
        ))}
      </ul>
      <select
        value=""
        data-testid="add-criterion"
        aria-label={t('addCriterion')}
        onChange={(e) => {
          if (e.target.value) setJustAdded(e.target.value);
          if (e.target.value)
            addCriterion({
              id: e.target.value,
              direction: defaultDirection(e.target.value),
              normalisation: { kind: 'minmax' },
              weight: 10,
              missing: 'worst',
            });
        }}
      >
        <option value="">{t('addCriterion')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {justAdded && <ThinAddedNotice id={justAdded} onClose={() => setJustAdded(null)} />}
      <ObjectiveWeightsPanel />
      <AhpPanel />
      <PresetsPanel />
      <ConstraintsEditor />
      <SiteSetPanel />
      <label className="field inline">
        <span>{t('topN')}</span>
        <input
          type="number"
          min={0}
          max={50}
          value={scenario.top_n}
          onChange={(e) => setTopN(Math.max(0, Math.round(Number(e.target.value) || 0)))}
        />
      </label>
      <div className="scenario-actions">
        <button
          type="button"
          data-testid="load-example"
          onClick={() => {
            // The working scenario and its AHP judgements are replaced only after a yes.
            if (window.confirm(t('confirmReplaceWorking'))) {
              setScenario(EXAMPLE_SCENARIO);
              atlas.scoring.getState().setAhpDraft(null);
            }
          }}
        >
          {t('loadExample')}
        </button>
        <button type="button" onClick={exportFile}>
          {t('exportScenario')}
        </button>
        <FileButton label={t('importScenario')} testId="import-scenario" onFile={(f) => void importFile(f)} />
      </div>
      {importError && <AlertList title={importError[0] ?? ''} lines={importError.slice(1)} testId="import-error" />}
      <SavedScenarios />
      {result && <SqlView sql={result.sql} />}
    </section>
  );
}

function SqlView({ sql }: { sql: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <details className="sql-view">
      <summary>{t('showSql')}</summary>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(sql).then(() => setCopied(true));
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
      <pre data-testid="sql">{sql}</pre>
    </details>
  );
}
