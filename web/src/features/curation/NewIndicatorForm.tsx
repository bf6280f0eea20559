import { useState } from 'react';
import { userIndicatorId } from '../../domain/import/user-dataset';
import { useActions, useData, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

/** Creates an indicator to type values into (name, unit, year, source), marked as user data. */
export function NewIndicatorForm() {
  const t = useT();
  const curation = useActions('curation');
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ label: '', unit: '', year: '', source: '', allow_negative: false });
  const catalog = useData((s) => s.catalog);
  const setIndicator = useView((s) => s.setIndicator);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="new-indicator">
        {t('newIndicator')}
      </button>
    );
  const ok = f.label.trim() !== '' && f.source.trim() !== '';
  const create = () => {
    const taken = new Set(catalog?.indicators.map((i) => i.id));
    const id = userIndicatorId('grid', f.label, taken);
    curation.createIndicator({
      id,
      label: f.label.trim(),
      unit: f.unit.trim(),
      year: f.year.trim(),
      source: f.source.trim(),
      column: 'grid',
      allow_negative: f.allow_negative,
    });
    setIndicator(id);
    setOpen(false);
    setF({ label: '', unit: '', year: '', source: '', allow_negative: false });
  };
  const field = (k: 'label' | 'unit' | 'year' | 'source', label: string) => (
    <label>
      {label}
      <input value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} data-testid={`new-indicator-${k}`} />
    </label>
  );
  return (
    <fieldset className="new-indicator">
      <legend>{t('newIndicator')}</legend>
      {field('label', t('columnLabel'))}
      {field('unit', t('unit'))}
      {field('year', t('importYear'))}
      {field('source', t('importSource'))}
      <label className="inline">
        <input
          type="checkbox"
          checked={f.allow_negative}
          onChange={(e) => setF({ ...f, allow_negative: e.target.checked })}
        />{' '}
        {t('allowNegative')}
      </label>
      <button type="button" className="primary" disabled={!ok} onClick={create} data-testid="new-indicator-create">
        {t('create')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </fieldset>
  );
}
