// Axis ticks and the time charts' marks, drawn as plain SVG. Recharts' own tick labels go
// through its Text component, which measures every word in the DOM to wrap it; ReferenceLine and
// LabelList each register in the chart's store. For a handful of years and ranks plain <text>
// does the same job in a fraction of the first render. Sizes and colours come from the theme.

import { usePlotArea } from 'recharts';
import { labelledYear, niceTicks, yearStep } from './ticks';
import { PALETTE } from '../shared/palette';
import { useChartTheme, type ChartTheme } from './theme';

export interface TickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value: number | string };
}

/**
 * A year under the time axis (the latest and every `step`-th before it labelled, so that labels
 * never touch); in a year where the method changed, a dashed line through the plot; in the first
 * year of reorganised units, a solid dark one.
 */
export function YearTick({
  x,
  y,
  index = 0,
  payload,
  breaks,
  step = 1,
  count = 1,
}: TickProps & {
  breaks: ReadonlyMap<number, 'method' | 'units'>;
  step?: number;
  count?: number;
}) {
  const plot = usePlotArea();
  const theme = useChartTheme();
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
            ? {
                stroke: PALETTE.methodMark,
                strokeDasharray: `${theme.mark * 3} ${theme.mark * 2}`,
                strokeWidth: theme.mark,
              }
            : { stroke: PALETTE.ink, strokeWidth: theme.mark + 0.5 })}
          data-mark={kind}
        />
      )}
      {labelledYear(index, count, step) && (
        <text x={x} y={y} dy="0.71em" textAnchor="middle" fill={theme.ink} fontSize={theme.font}>
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
  const theme = useChartTheme();
  if (x === undefined || y === undefined || !payload) return null;
  return (
    <text
      x={x}
      y={y}
      dy={under ? '0.71em' : '0.355em'}
      textAnchor={under ? 'middle' : 'end'}
      fill={theme.ink}
      fontSize={theme.font}
    >
      {format(Number(payload.value))}
    </text>
  );
}

/**
 * A value written just above its point (direct labels instead of hover-only tooltips), with a
 * white halo so that a mark or a line behind it does not cut through the digits.
 */
export function PointLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const theme = useChartTheme();
  return (
    <text
      x={x}
      y={y - theme.dot - theme.font * 0.45}
      textAnchor="middle"
      fill={theme.ink}
      fontSize={theme.font}
      fontWeight={theme.kind === 'projector' ? 700 : 400}
      stroke="#fff"
      strokeWidth={theme.font / 4}
      paintOrder="stroke"
      pointerEvents="none"
    >
      {text}
    </text>
  );
}

/** The vertical axis's title, turned, in the theme's ink. */
export const axisTitle = (value: string, theme: ChartTheme) => ({
  value,
  angle: -90,
  position: 'insideLeft' as const,
  // Half the turned line's height in from the edge: its glyphs stay inside the SVG.
  offset: Math.ceil(theme.font * 0.65),
  fontSize: theme.kind === 'projector' ? theme.font : Math.round(theme.font * 0.9),
  fill: theme.ink,
  style: { textAnchor: 'middle' as const },
});

/** Props of a rank axis: rank 1 at the top, round ticks, the axis named ("Hạng (1 = cao nhất)"). */
const rankOne = (): number => 1;

export function rankAxisProps(
  maxRank: number,
  label: string,
  width: number,
  theme: ChartTheme,
  format?: (v: number) => string,
) {
  return {
    reversed: true,
    interval: 0,
    allowDecimals: false,
    domain: [1, maxRank] as [number, number],
    // The lines are drawn from the scales (DrawnLines), so no Recharts item gives this axis values:
    // without a data key of its own it has none, and no scale. Every row reads rank 1, inside
    // the domain.
    dataKey: rankOne,
    ticks: niceTicks(1, maxRank),
    tick: <ValueTick format={format} />,
    width,
    label: axisTitle(label, theme),
  };
}

/** Room around a time chart's plot: a tick label's height above, half a year label each side. */
export const timeMargin = (theme: ChartTheme, right = 0) => ({
  top: Math.round(theme.font * 1.6 + theme.dot),
  right: Math.round(Math.max(theme.font * 1.5, right)),
  bottom: 8,
  left: 8,
});

/** The vertical axis's width: its widest tick label, the turned title and the tick marks. */
export const axisWidthFor = (widest: string, theme: ChartTheme): number =>
  Math.ceil(widest.length * theme.font * 0.6 + theme.font * 1.6 + 14);

/**
 * The time axis's props (the rank, score and peers charts): a year a tick, labelled every `step`-th
 * so that labels fit the plot's width in the theme's type, with room for the first and last dots.
 */
export function yearAxisProps(o: {
  breaks: ReadonlyMap<number, 'method' | 'units'>;
  count: number;
  /** The chart's width, its rank or value axis's width, and its margins. */
  width: number;
  axisWidth: number;
  margin: { left: number; right: number };
  pad: number;
  theme: ChartTheme;
}) {
  return {
    dataKey: 'year',
    interval: 0,
    padding: { left: o.pad, right: o.pad },
    stroke: o.theme.ink,
    tick: (
      <YearTick
        breaks={o.breaks}
        count={o.count}
        step={yearStep(
          o.count,
          o.width - o.axisWidth - o.margin.left - o.margin.right - 2 * o.pad,
          o.theme.font,
        )}
      />
    ),
  } as const;
}
