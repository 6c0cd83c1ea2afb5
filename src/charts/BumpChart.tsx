// The unit among its peers across years: the unit highlighted (thick, coloured, labelled),
// the others muted.

import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { rankAxisProps, YearTick } from './axis';
import { Sized } from './Sized';
import type { Bump } from '../domain/series';
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
  height = 320,
  axisWidth = 64,
}: {
  bump: Bump;
  height?: number;
  /** Wider in presenter mode, where the labels are larger. */
  axisWidth?: number;
}) {
  const { t } = useLang();
  const data = bump.years.map((year, i) => {
    const row: Record<string, number | null> = { year };
    for (const l of bump.lines) row[l.unit.code] = l.ranks[i] ?? null;
    return row;
  });
  const maxRank = Math.max(
    1,
    ...bump.lines.flatMap((l) => l.ranks.filter((r): r is number => r !== null)),
  );
  const ordered = [...bump.lines].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  return (
    <Sized height={height}>
      {(width) => (
        <LineChart
          width={width}
          height={height}
          data={data}
          margin={{ top: 16, right: 170, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <XAxis
            dataKey="year"
            interval={0}
            tick={<YearTick breaks={NO_BREAKS} every={data.length * 44 > width - 170 ? 2 : 1} />}
          />
          <YAxis {...rankAxisProps(maxRank, t('rankAxis'), axisWidth)} />
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
              strokeWidth={l.highlighted ? 4 : 1.5}
              dot={l.highlighted ? { r: 5, fill: PALETTE.highlight } : false}
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
                          x={x + 8}
                          y={y + 4}
                          fill={PALETTE.highlight}
                          fontWeight={700}
                          fontSize={13}
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
  );
}
