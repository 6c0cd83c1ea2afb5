// The unit among its peers across years: the unit highlighted (thick, coloured, labelled),
// the others muted.

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import '../shared/i18n-sections';
import { axisWidthFor, rankAxisProps, timeMargin, YearTick } from './axis';
import { textWidth, yearStep } from './ticks';
import { GRID, PLOT_FILL, useChartTheme } from './theme';
import { Legend } from './Legend';
import { Sized } from './Sized';
import type { Bump } from '../domain/peers';
import { PALETTE } from '../shared/palette';
import { useLang } from '../shared/i18n';

const NO_BREAKS: ReadonlyMap<number, 'method' | 'units'> = new Map();

/** Where the direct label goes: the last year the unit has a rank. */
const lastWithRank = (ranks: readonly (number | null)[]): number => {
  for (let i = ranks.length - 1; i >= 0; i--) if (ranks[i] !== null) return i;
  return -1;
};

export function BumpChart({
  bump,
  height: heightProp = 320,
}: {
  bump: Bump;
  /** Pixels, or 'fill': the height of the box the chart is put in (a slide). */
  height?: number | 'fill';
}) {
  const { t } = useLang();
  const theme = useChartTheme();
  const height = theme.fill ? 'fill' : heightProp;
  const data = bump.years.map((year, i) => {
    const row: Record<string, number | null> = { year };
    for (const l of bump.lines) row[l.unit.code] = l.ranks[i] ?? null;
    return row;
  });
  const maxRank = Math.max(
    1,
    ...bump.lines.flatMap((l) => l.ranks.filter((r): r is number => r !== null)),
  );
  const axisWidth = axisWidthFor(String(maxRank), theme);
  const highlighted = bump.lines.find((l) => l.highlighted);
  // The highlighted unit's name is written after its last point: room for all of it.
  const margin = timeMargin(
    theme,
    highlighted ? textWidth(highlighted.unit.name, theme.font) + 16 + theme.dot : 0,
  );
  const pad = Math.round(theme.font * 1.3);
  const ordered = [...bump.lines].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  return (
    <div className={height === 'fill' ? 'chart-fill' : undefined}>
      <Sized height={height}>
        {(width, h) => (
          <LineChart
            width={width}
            height={h}
            data={data}
            margin={margin}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} fill={PLOT_FILL} stroke={GRID} />
            <XAxis
              dataKey="year"
              interval={0}
              padding={{ left: pad, right: pad }}
              stroke={theme.ink}
              tick={
                <YearTick
                  breaks={NO_BREAKS}
                  count={data.length}
                  step={yearStep(
                    data.length,
                    width - axisWidth - margin.left - margin.right - 2 * pad,
                    theme.font,
                  )}
                />
              }
            />
            <YAxis
              {...rankAxisProps(maxRank, t('rankAxis'), axisWidth, theme)}
              stroke={theme.ink}
            />
            <Tooltip labelFormatter={(y) => `${t('year')} ${String(y)}`} />
            {ordered.map((l) => (
              <Line
                key={l.unit.code}
                dataKey={l.unit.code}
                name={l.unit.name}
                type="linear"
                connectNulls={false}
                isAnimationActive={false}
                stroke={l.highlighted ? PALETTE.highlight : PALETTE.muted}
                strokeOpacity={l.highlighted ? 1 : 0.55}
                strokeWidth={l.highlighted ? theme.line : theme.reference * 0.75}
                dot={l.highlighted ? { r: theme.dot, fill: PALETTE.highlight } : false}
                label={
                  l.highlighted
                    ? ({
                        x,
                        y,
                        index,
                      }: {
                        x?: number | string;
                        y?: number | string;
                        index?: number;
                      }) =>
                        index === lastWithRank(l.ranks) &&
                        typeof x === 'number' &&
                        typeof y === 'number' ? (
                          <text
                            x={x + theme.dot + 8}
                            y={y}
                            dy="0.355em"
                            fill={PALETTE.highlightInk}
                            fontWeight={700}
                            fontSize={theme.font}
                          >
                            {l.unit.name}
                          </text>
                        ) : (
                          <g />
                        )
                    : false
                }
              />
            ))}
          </LineChart>
        )}
      </Sized>
      <Legend
        items={[
          ...(highlighted
            ? [{ label: highlighted.unit.name, color: PALETTE.highlight, kind: 'line' as const }]
            : []),
          { label: t('otherPeers'), color: PALETTE.muted, kind: 'line' as const },
        ]}
      />
    </div>
  );
}
