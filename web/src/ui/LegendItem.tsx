import type { ReactNode } from 'react';
import { type Rgb, rgbCss } from '../domain/palette';

/** One legend row: a colour swatch, its label and, optionally, how many kab/kota have it. */
export function LegendItem({
  colour,
  label,
  count,
  noData,
  testId,
}: {
  colour: Rgb;
  label: ReactNode;
  count?: number;
  noData?: boolean;
  testId?: string;
}) {
  return (
    <li data-testid={testId}>
      <span className={noData ? 'swatch no-data' : 'swatch'} style={{ background: rgbCss(colour) }} />
      <span>{label}</span>
      {count !== undefined && <span className="count">{count}</span>}
    </li>
  );
}
