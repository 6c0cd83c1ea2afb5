// The frame both time charts share: the measured box, the Recharts line chart over the years
// (plain-SVG year ticks with the method-change lines) and the point tooltip layer. Each chart
// brings its own vertical axis and lines as children.
import { Fragment, useMemo, type ReactNode } from 'react';
import { LineChart, XAxis } from 'recharts';
import type { MethodBreak, YearPoint } from '../domain/series';
import { YearTick } from './axis';
import { TipLayer, type TipStore } from './PointTip';
import { Sized } from './Sized';
import { useLang } from '../shared/i18n';

const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 };

export function TimeChart({
  points,
  breaks,
  height,
  tip,
  tipLines,
  children,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  height: number;
  tip: TipStore | null;
  /** What the tooltip says of a year's point, below the year (null: no tooltip). */
  tipLines: (point: YearPoint) => string[] | null;
  /** The vertical axis and the lines. */
  children: ReactNode;
}) {
  const { t } = useLang();
  const tipContent = (i: number): ReactNode => {
    const p = points[i];
    const lines = p ? tipLines(p) : null;
    if (!p || !lines) return null;
    return (
      <>
        <strong>
          {t('year')} {p.year}
        </strong>
        {lines.map((l) => (
          <Fragment key={l}>
            <br />
            {l}
          </Fragment>
        ))}
      </>
    );
  };
  const breakYears = useMemo(
    () => new Map(breaks.map((b) => [b.year, b.kind ?? 'method'] as const)),
    [breaks],
  );
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
