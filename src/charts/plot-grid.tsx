// The tinted plot with a line at each tick of one axis, under the lines and bars (a plain child of
// the chart draws in Recharts' layer 0, below lines at 400 and bars at 300). Recharts'
// CartesianGrid does the same through the chart's store at every render, and is 2 kB gzip more.
import { usePlotArea, useXAxisTicks, useYAxisTicks } from 'recharts';
import { GRID, PLOT_FILL } from './theme';

/** `across`: 'y', a horizontal line at each value tick; 'x', a vertical one at each x tick. */
export function PlotGrid({ across = 'y' }: { across?: 'x' | 'y' }) {
  const area = usePlotArea();
  const yTicks = useYAxisTicks();
  const xTicks = useXAxisTicks();
  if (!area) return null;
  const ticks = (across === 'y' ? yTicks : xTicks) ?? [];
  return (
    <g className="plot-grid" aria-hidden="true">
      <rect x={area.x} y={area.y} width={area.width} height={area.height} fill={PLOT_FILL} />
      {ticks.map((t) => (
        <line
          key={t.coordinate}
          {...(across === 'y'
            ? { x1: area.x, x2: area.x + area.width, y1: t.coordinate, y2: t.coordinate }
            : { x1: t.coordinate, x2: t.coordinate, y1: area.y, y2: area.y + area.height })}
          stroke={GRID}
        />
      ))}
    </g>
  );
}
