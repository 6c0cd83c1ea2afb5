// Rank over time: rank 1 at the top, official ranks as filled dots and computed ones as hollow
// dots, no line across missing years, a marker where the method changed.

import { DrawnLines } from './drawn-lines';
import { axisWidthFor, PointLabel, rankAxisProps } from './axis';
import type { MethodBreak, YearPoint } from '../domain/series';
import { memo } from 'react';
import { numberTick, StableYAxis } from './stable-axes';
import { PALETTE } from '../shared/palette';
import { TimeChart } from './TimeChart';
import { TipDot, useTipStore, type TipStore } from './PointTip';
import { useLang } from '../shared/i18n';
import { formatDate } from '../shared/format';
import { useChartTheme } from './theme';
import { Legend, type LegendItem } from './Legend';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: YearPoint;
  tip?: TipStore | null;
  format?: (v: number) => string;
  /** The peer-group segment this line draws: its dots only. */
  segment?: number;
}

function RankDot({
  cx,
  cy,
  index,
  payload,
  tip = null,
  format = String,
  segment,
  r = 6,
}: DotProps & { r?: number }) {
  if (cx === undefined || cy === undefined || !payload || payload.rank === null) return null;
  if (segment !== undefined && payload.segment !== segment) return null;
  const official = payload.rankKind === 'official';
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={r}
        stroke={PALETTE.primary}
        strokeWidth={r / 2.4}
        fill={official ? PALETTE.primary : '#fff'}
      />
      <PointLabel x={cx} y={cy} text={format(payload.rank)} />
      <TipDot cx={cx} cy={cy} index={index} store={tip} />
    </g>
  );
}

export const RankChart = memo(function RankChart({
  points,
  breaks,
  height: heightProp = 260,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  /** Pixels, or 'fill': the height of the box the chart is put in (a slide). */
  height?: number | 'fill';
}) {
  const { t, lang } = useLang();
  const theme = useChartTheme();
  const height = theme.fill ? 'fill' : heightProp;
  const tip = useTipStore();
  const maxRank = Math.max(1, ...points.map((p) => p.rankOf ?? p.rank ?? 1));
  // One line per peer group: a rank among 63 and one among 34 are never joined.
  const segments = [
    ...new Set(points.map((p) => p.segment).filter((s): s is number => s !== null)),
  ];
  const fmt = numberTick(lang);
  const axisWidth = axisWidthFor(String(maxRank), theme);
  const method = breaks.filter((b) => b.kind !== 'units');
  const legend: LegendItem[] = [
    ...(points.some((p) => p.rank !== null && p.rankKind === 'official')
      ? [{ label: t('officialLong'), color: PALETTE.primary, kind: 'dot-filled' as const }]
      : []),
    ...(points.some((p) => p.rank !== null && p.rankKind !== 'official')
      ? [{ label: t('computedLong'), color: PALETTE.primary, kind: 'dot-hollow' as const }]
      : []),
    ...(method.length > 0
      ? [
          {
            label: t('methodChange', { version: method.map((b) => b.year).join(', ') }),
            color: PALETTE.methodMark,
            kind: 'mark-method' as const,
          },
        ]
      : []),
    ...breaks
      .filter((b) => b.kind === 'units')
      .map((b) => ({
        label: t('reorgMark', { date: formatDate(b.date ?? '') }),
        color: PALETTE.ink,
        kind: 'mark-units' as const,
      })),
  ];
  return (
    <div className={height === 'fill' ? 'chart-fill' : undefined}>
      <TimeChart
        points={points}
        breaks={breaks}
        height={height}
        axisWidth={axisWidth}
        tip={tip}
        tipLines={(p) => {
          if (p.rank === null) return null;
          const kind = p.rankKind === 'official' ? t('official') : t('computed');
          return [`${t('rank')}: ${p.rank}${p.rankOf ? `/${p.rankOf}` : ''} (${kind})`];
        }}
      >
        <StableYAxis
          {...rankAxisProps(maxRank, t('rankAxis'), axisWidth, theme, fmt)}
          stroke={theme.ink}
        />
        <DrawnLines
          categories={points.map((p) => p.year)}
          lines={segments.map((s) => ({
            key: String(s),
            values: points.map((p) => (p.segment === s ? p.rank : null)),
            stroke: PALETTE.primary,
            strokeWidth: theme.line,
            dot: (cx, cy, index) => (
              <RankDot
                cx={cx}
                cy={cy}
                index={index}
                payload={points[index]}
                tip={tip}
                format={fmt}
                segment={s}
                r={theme.dot + 1}
              />
            ),
          }))}
        />
      </TimeChart>
      <Legend items={legend} />
    </div>
  );
});
