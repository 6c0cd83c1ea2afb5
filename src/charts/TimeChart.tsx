// The frame both time charts share: the measured box, the Recharts line chart over the years
// (plain-SVG year ticks with the method-change lines) and the point tooltip layer. Each chart
// brings its own vertical axis and lines as children.
import { useMemo, type ReactNode } from 'react';
import { LineChart } from 'recharts';
import { PlotGrid } from './plot-grid';
import { StableXAxis, useStable } from './stable-axes';
import type { MethodBreak, YearPoint } from '../domain/series';
import { timeMargin, yearAxisProps } from './axis';
import { useChartTheme } from './theme';
import { TipLayer, TipText, type TipStore } from './PointTip';
import { Sized } from './Sized';
import { useLang } from '../shared/i18n';

export function TimeChart({
  points,
  breaks,
  height,
  axisWidth,
  tip,
  tipLines,
  children,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  /** Pixels, or 'fill': the height of the box the chart is put in (a slide). */
  height: number | 'fill';
  /** The vertical axis's width (to know how wide the plot is). */
  axisWidth: number;
  tip: TipStore | null;
  /** What the tooltip says of a year's point, below the year (null: no tooltip). */
  tipLines: (point: YearPoint) => string[] | null;
  /** The vertical axis and the lines. */
  children: ReactNode;
}) {
  const { t } = useLang();
  const theme = useChartTheme();
  const margin = timeMargin(theme);
  // Half a year label of room at each end, so the first and last years are never cut.
  const pad = Math.round(theme.font * 1.3);
  const tipContent = (i: number): ReactNode => {
    const p = points[i];
    const lines = p ? tipLines(p) : null;
    if (!p || !lines) return null;
    return (
      <TipText
        head={
          <>
            {t('year')} {p.year}
          </>
        }
        lines={lines}
      />
    );
  };
  // Recharts needs only the years (the lines are drawn from its scales): the same rows while
  // the years are the same, so that a unit switch does not give the chart's store new data.
  const rows = useStable(points.map((p) => ({ year: p.year })));
  const breakYears = useMemo(
    () => new Map(breaks.map((b) => [b.year, b.kind ?? 'method'] as const)),
    [breaks],
  );
  return (
    <Sized height={height}>
      {(width, h) => (
        <>
          <LineChart
            width={width}
            height={h}
            data={rows}
            margin={margin}
            // One focusable element per chart: ChartFrame's, whose arrow keys move PointTip.
            accessibilityLayer={false}
          >
            {/* A tinted plot with the rank or score lines across: easier to read a value off. */}
            <PlotGrid />
            <StableXAxis
              {...yearAxisProps({
                breaks: breakYears,
                count: points.length,
                width,
                axisWidth,
                margin,
                pad,
                theme,
              })}
            />
            {children}
          </LineChart>
          <TipLayer store={tip} width={width} height={h} content={tipContent} />
        </>
      )}
    </Sized>
  );
}
