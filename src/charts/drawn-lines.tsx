// The lines of the time and peers charts, drawn from the chart's own scales: one path and its
// points per line, in Recharts' layers for lines (400), points (600, above the axes: a lowest
// rank's point sits on the axis) and labels (2000). A Recharts Line per line registered itself,
// computed its points through the chart's store and asked its path for getTotalLength() (a
// forced layout) at every year or unit switch; the coordinates here are the same to 0.01 px.
import type { ReactNode } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

/** A point's place on the plot. */
export type Placed = readonly [x: number, y: number] | null;

export interface DrawnLine {
  key: string;
  /** A value per category of the chart's data (null: none there, and no line across it). */
  values: readonly (number | null)[];
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string | undefined;
  strokeOpacity?: number | undefined;
  /** The mark and hover target of the point at `index` (nothing: no mark). */
  dot?: (cx: number, cy: number, index: number) => ReactNode;
}

/** "M x y L x y …" through the points placed, broken where one is missing. */
export function linePath(points: readonly Placed[]): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (p) d += `${open ? 'L' : 'M'}${p[0]},${p[1]}`;
    open = p !== null;
  }
  return d;
}

/**
 * A child of a Recharts cartesian chart whose x axis has the categories (years) in this order.
 * Its y axis needs values of its own to have a scale (a `dataKey`): no Recharts item gives it any.
 */
export function DrawnLines({
  categories,
  lines,
  label,
}: {
  categories: readonly (number | string)[];
  /** Drawn in this order: the last on top. */
  lines: readonly DrawnLine[];
  /** Drawn above everything, given where each line's points are. */
  label?: (placed: readonly Placed[][]) => ReactNode;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const xs = categories.map((c) => x(c));
  const placed = lines.map((l) =>
    l.values.map((v, i): Placed => {
      const cx = xs[i];
      const cy = v === null ? undefined : y(v);
      return cx === undefined || cy === undefined ? null : [cx, cy];
    }),
  );
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        {lines.map((l, k) => (
          <path
            key={l.key}
            className="drawn-line"
            d={linePath(placed[k] ?? [])}
            fill="none"
            stroke={l.stroke}
            strokeWidth={l.strokeWidth}
            strokeDasharray={l.strokeDasharray}
            strokeOpacity={l.strokeOpacity}
          />
        ))}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        {lines.map((l, k) => (
          <g key={l.key}>
            {l.dot &&
              (placed[k] ?? []).map((p, i) =>
                p === null ? null : <g key={i}>{l.dot?.(p[0], p[1], i)}</g>,
              )}
          </g>
        ))}
      </ZIndexLayer>
      {label && <ZIndexLayer zIndex={DefaultZIndexes.label}>{label(placed)}</ZIndexLayer>}
    </>
  );
}
