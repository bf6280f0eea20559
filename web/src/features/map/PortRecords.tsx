import './port-records.css';
import type { PortFacts } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import { disagrees, PORT_MERGE_KM } from '../../domain/ports';
import { useView } from '../../store/hooks';
import { useT } from '../../ui/use-t';

export const SOURCE_NAME: Record<PortFacts['records'][number]['source'], string> = {
  big_umum: 'BIG Satu Peta — pelabuhan umum (2024)',
  big_penyeberangan: 'BIG Satu Peta — pelabuhan penyeberangan (2024)',
  bmkg: 'BMKG (2025)',
  dlca: 'WFP DLCA (2018)',
  kemenhub_2017: 'Kemenhub SIMPEL (2017)',
  wpi: 'NGA World Port Index',
  compiled: 'Sentra Atlas (centroid)',
};

/** A merged port's class, services and every source record, with how far each lies from the point used. */
export function PortRecords({ port }: { readonly port: PortFacts }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const off = port.records.filter((r) => disagrees(r.km));
  const km = (v: number) => formatNumber(Math.round(v * 10) / 10, lang);
  return (
    <section data-testid="port-records">
      <dl className="codes">
        <dt>{t('portHierarchy')}</dt>
        <dd data-testid="port-hierarchy">
          {port.hierarchy === null ? (
            <span className="muted">{t('portHierarchyNone')}</span>
          ) : (
            <>
              {t(`portHierarchy_${port.hierarchy}` as 'portHierarchy_1')}
              <div className="meta">{t('portHierarchyNote', { code: port.hierarchy })}</div>
            </>
          )}
        </dd>
        {port.services.length > 0 && (
          <>
            <dt>{t('portServices')}</dt>
            <dd>{port.services.map((s) => t(`portService_${s}`)).join(', ')}</dd>
          </>
        )}
      </dl>
      {off.length > 0 && (
        <p className="badge warn" data-testid="port-disagree">
          {t('portDisagree', { n: off.length, km: PORT_MERGE_KM })}
        </p>
      )}
      <details open={off.length > 0}>
        <summary>{t('portRecords', { n: port.records.length })}</summary>
        <ul className="port-records">
          {port.records.map((r, i) => (
            <li key={r.ref} className={disagrees(r.km) ? 'warn' : undefined}>
              <strong>{SOURCE_NAME[r.source]}</strong>: “{r.name}”{r.stated_kab ? ` (${r.stated_kab})` : ''} ·{' '}
              {r.lat.toFixed(5)}, {r.lon.toFixed(5)} ·{' '}
              {i === 0 ? t('portRecordUsed') : t('portRecordKm', { km: km(r.km) })}
              <div className="meta source-full">{r.citation}</div>
            </li>
          ))}
        </ul>
        <p className="meta">{t('portMergeRule', { km: PORT_MERGE_KM })}</p>
      </details>
    </section>
  );
}
