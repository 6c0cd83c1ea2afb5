// Axis ticks and the time charts' marks, drawn as plain SVG. Recharts' own tick labels go
// through its Text component, which measures every word in the DOM to wrap it; ReferenceLine and
// LabelList each register in the chart's store. For a handful of years and ranks plain <text>
// does the same job in a fraction of the first render.

import { usePlotArea } from 'recharts';
import { niceTicks } from './ticks';
import { PALETTE } from '../shared/palette';

interface TickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: number | string };
}

const TICK = { fill: '#444', fontSize: 14 } as const;

/**
 * A year under the time axis (every `every`-th one labelled, when they do not all fit); in a year
 * where the method changed, a dashed line through the plot; in the first year of reorganised
 * units, a solid dark one.
 */
export function YearTick({
  x,
  y,
  index = 0,
  payload,
  breaks,
  every = 1,
}: TickProps & { breaks: ReadonlyMap<number, 'method' | 'units'>; every?: number }) {
  const plot = usePlotArea();
  if (x === undefined || y === undefined || !payload) return null;
  const kind = breaks.get(Number(payload.value));
  return (
    <g>
      {kind && plot && (
        <line
          x1={x}
          x2={x}
          y1={plot.y}
          y2={plot.y + plot.height}
          {...(kind === 'method'
            ? { stroke: PALETTE.accent, strokeDasharray: '4 4', strokeWidth: 2 }
            : { stroke: PALETTE.ink, strokeWidth: 2.5 })}
          data-mark={kind}
        />
      )}
      {index % every === 0 && (
        <text x={x} y={y} dy="0.71em" textAnchor="middle" {...TICK}>
          {payload.value}
        </text>
      )}
    </g>
  );
}

/** A value beside the vertical axis (or, `under`, below the horizontal one), formatted. */
export function ValueTick({
  x,
  y,
  payload,
  format = String,
  under = false,
}: TickProps & { format?: (v: number) => string; under?: boolean }) {
  if (x === undefined || y === undefined || !payload) return null;
  return (
    <text
      x={x}
      y={y}
      dy={under ? '0.71em' : '0.355em'}
      textAnchor={under ? 'middle' : 'end'}
      {...TICK}
    >
      {format(Number(payload.value))}
    </text>
  );
}

/** A value written just above its point (direct labels instead of hover-only tooltips). */
export function PointLabel({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text x={x} y={y - 12} textAnchor="middle" fill="#333" fontSize={13} pointerEvents="none">
      {text}
    </text>
  );
}

/** Props of a rank axis: rank 1 at the top, round ticks, the axis named ("Hạng (1 = cao nhất)"). */
export function rankAxisProps(
  maxRank: number,
  label: string,
  width: number,
  format?: (v: number) => string,
) {
  return {
    reversed: true,
    interval: 0,
    allowDecimals: false,
    domain: [1, maxRank] as [number, number],
    ticks: niceTicks(1, maxRank),
    tick: <ValueTick format={format} />,
    width,
    label: { value: label, angle: -90, position: 'insideLeft' as const, offset: 4, fontSize: 12 },
  };
}
