import './criteria-scatter.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { useData, useScoring, useView } from '../../store/hooks';
import { downloadBlob } from '../../ui/download';
import { useT } from '../../ui/use-t';

interface Dot {
  readonly x: number;
  readonly y: number;
  readonly score: number;
  readonly rank: number;
  readonly name: string;
  readonly top: boolean;
}

/**
 * Any two criteria of the ranking against each other (e.g. coconut supply vs distance to port),
 * each candidate coloured by its score, the top N named. Drawn with Observable Plot, loaded when
 * the panel is first opened. Candidates without a value on either axis are counted, not drawn.
 */
export function CriteriaScatter() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const result = useScoring((s) => s.result);
  const [open, setOpen] = useState(false);
  const [axes, setAxes] = useState<[number, number]>([0, 2]);
  const ref = useRef<HTMLDivElement>(null);
  const s = result?.scenario;
  const n = s?.criteria.length ?? 0;
  const xi = axes[0] < n ? axes[0] : 0;
  const yi = axes[1] < n ? axes[1] : Math.min(1, n - 1);
  const label = (j: number) => {
    const c = s?.criteria[j];
    if (!c) return '';
    const l = criterionLabel(c.id, catalog, lang);
    return l.unit ? `${l.label} (${l.unit})` : l.label;
  };
  const { dots, hidden } = useMemo(() => {
    const ranked = (result?.rows ?? []).filter((r) => r.rank !== null && r.score !== null);
    const top = s?.top_n ?? 3;
    const all: Dot[] = [];
    let missing = 0;
    for (const r of ranked) {
      const x = r.raw[xi] ?? null;
      const y = r.raw[yi] ?? null;
      if (x === null || y === null) {
        missing++;
        continue;
      }
      const name = r.name.replace(/^Kabupaten /, '').replace(/^Kota /, 'Kota ');
      all.push({ x, y, score: r.score as number, rank: r.rank as number, name, top: (r.rank as number) <= top });
    }
    return { dots: all, hidden: missing };
  }, [result, s, xi, yi]);

  const xLabel = label(xi);
  const yLabel = label(yi);
  const scoreLabel = t('scatterScore');
  useEffect(() => {
    if (!open || !ref.current || dots.length === 0) return;
    let cancelled = false;
    void import('@observablehq/plot').then((Plot) => {
      if (cancelled || !ref.current) return;
      const chart = Plot.plot({
        width: 640,
        height: 380,
        marginLeft: 60,
        grid: true,
        style: { fontSize: '12px', background: '#ffffff' },
        x: { label: xLabel, nice: true },
        y: { label: yLabel, nice: true },
        color: { type: 'quantile', n: 5, scheme: 'ylorrd', label: scoreLabel, legend: true },
        marks: [
          Plot.dot(dots, { x: 'x', y: 'y', fill: 'score', r: 5, stroke: '#333', strokeWidth: 0.5 }),
          Plot.dot(
            dots.filter((d) => d.top),
            { x: 'x', y: 'y', r: 8, stroke: '#0b1f3a', strokeWidth: 2 },
          ),
          Plot.text(
            dots.filter((d) => d.top),
            { x: 'x', y: 'y', text: (d: Dot) => `${d.rank}. ${d.name}`, dy: -12, fontWeight: 'bold' },
          ),
          Plot.tip(dots, Plot.pointer({ x: 'x', y: 'y', title: (d: Dot) => `${d.rank}. ${d.name}` })),
        ],
      });
      ref.current.replaceChildren(chart);
    });
    return () => {
      cancelled = true;
    };
  }, [open, dots, xLabel, yLabel, scoreLabel]);

  if (!s || n < 2) return null;
  const svgText = () => {
    const svg = ref.current?.querySelector('svg:last-of-type');
    return svg ? new XMLSerializer().serializeToString(svg) : null;
  };
  const saveSvg = () => {
    const text = svgText();
    if (text) downloadBlob(`${t('scatterFile')}.svg`, new Blob([text], { type: 'image/svg+xml' }));
  };
  const savePng = () => {
    const text = svgText();
    if (!text) return;
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = img.width * 2;
      canvas.height = img.height * 2;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((b) => b && downloadBlob(`${t('scatterFile')}.png`, b), 'image/png');
    };
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  };
  const pick = (k: 0 | 1) => (
    <select
      value={k === 0 ? xi : yi}
      data-testid={k === 0 ? 'scatter-x' : 'scatter-y'}
      aria-label={k === 0 ? t('scatterX') : t('scatterY')}
      onChange={(e) => setAxes((a) => (k === 0 ? [Number(e.target.value), a[1]] : [a[0], Number(e.target.value)]))}
    >
      {s.criteria.map((c, j) => (
        <option key={c.id} value={j}>
          {criterionLabel(c.id, catalog, lang).label}
        </option>
      ))}
    </select>
  );
  return (
    <details
      className="criteria-scatter"
      data-testid="criteria-scatter"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('scatterTitle')}</summary>
      {open && (
        <>
          <div className="scatter-controls small">
            <span>
              {t('scatterX')} {pick(0)}
            </span>
            <span>
              {t('scatterY')} {pick(1)}
            </span>
            <button type="button" onClick={saveSvg} data-testid="scatter-svg">
              SVG
            </button>
            <button type="button" onClick={savePng} data-testid="scatter-png">
              PNG
            </button>
          </div>
          <div ref={ref} className="scatter-plot" data-testid="scatter-plot" />
          <p className="small muted" data-testid="scatter-note">
            {t('scatterNote', { drawn: dots.length, hidden })}
          </p>
        </>
      )}
    </details>
  );
}
