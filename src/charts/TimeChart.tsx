// The frame both time charts share: the measured box, the Recharts line chart over the years
// (plain-SVG year ticks with the method-change lines) and the point tooltip layer. Each chart
// brings its own vertical axis and lines as children.
import { useMemo, type ReactNode } from 'react';
import { LineChart, XAxis } from 'recharts';
import type { MethodBreak, YearPoint } from '../domain/series';
import { YearTick } from './axis';
import { TipLayer, type TipStore } from './PointTip';
import { Sized } from './Sized';

const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 };

export function TimeChart({
  points,
  breaks,
  height,
  tip,
  tipContent,
  children,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  height: number;
  tip: TipStore | null;
  /** What the tooltip says for the point at an index. */
  tipContent: (index: number) => ReactNode;
  /** The vertical axis and the lines. */
  children: ReactNode;
}) {
  const breakYears = useMemo(() => new Set(breaks.map((b) => b.year)), [breaks]);
  return (
    <Sized height={height}>
      {(width) => (
        <>
          <LineChart
            width={width}
            height={height}
            data={points}
            margin={MARGIN}
            // One focusable element per chart: ChartFrame's, whose arrow keys move PointTip.
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="year"
              interval={0}
              // Every other year labelled when they do not all fit.
              tick={<YearTick breaks={breakYears} every={points.length * 44 > width ? 2 : 1} />}
            />
            {children}
          </LineChart>
          <TipLayer store={tip} width={width} content={tipContent} />
        </>
      )}
    </Sized>
  );
}
