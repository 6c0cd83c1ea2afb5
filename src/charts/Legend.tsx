// One legend for every chart: HTML (readable at any zoom, high contrast: the text is ink, only
// the swatch is coloured), and described by data attributes that the image export reads, so an
// exported chart carries the same legend.
import type { CSSProperties } from 'react';

export type SwatchKind =
  | 'line'
  | 'dashed'
  | 'dotted'
  | 'bar'
  | 'hatch'
  | 'dot-filled'
  | 'dot-hollow'
  | 'mark-method'
  | 'mark-units'
  | 'area'
  | 'nodata'
  | 'outline';

export interface LegendItem {
  label: string;
  color: string;
  kind: SwatchKind;
}

/** A legend key: the mark a line, bar or point is drawn with (also beside a picked peer's name). */
export function Swatch({ kind, color }: { kind: SwatchKind; color: string }) {
  return (
    <span
      className={`swatch swatch-${kind}`}
      style={{ '--swatch': color } as CSSProperties}
      aria-hidden="true"
    />
  );
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend" data-legend="">
      {items.map((it) => (
        <li key={`${it.kind}-${it.label}`} data-kind={it.kind} data-color={it.color}>
          <Swatch kind={it.kind} color={it.color} />
          <span className="legend-label">{it.label}</span>
        </li>
      ))}
    </ul>
  );
}
