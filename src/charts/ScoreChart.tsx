// Score over time (as % of max, so PAPI's 60- and 80-point totals share an axis), with the
// national average as a dashed line with square markers.

import { percentTick, StableYAxis } from './stable-axes';
import { DrawnLines } from './drawn-lines';
import { axisTitle, axisWidthFor, ValueTick } from './axis';
import { useChartTheme } from './theme';
import { Legend, type LegendItem } from './Legend';
import type { MethodBreak, YearPoint } from '../domain/series';
import { memo, useMemo } from 'react';
import { PALETTE } from '../shared/palette';
import { TimeChart } from './TimeChart';
import { niceTicks } from './ticks';
import { TipDot, useTipStore, type TipStore } from './PointTip';
import { useLang } from '../shared/i18n';
import { formatPercent } from '../shared/format';

function ScoreDot({
  cx,
  cy,
  index,
  tip = null,
  r = 5,
}: {
  cx?: number;
  cy?: number;
  index?: number;
  tip?: TipStore | null;
  r?: number;
}) {
  if (cx === undefined || cy === undefined) return null;
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill={PALETTE.primary} />
      <TipDot cx={cx} cy={cy} index={index} store={tip} />
    </g>
  );
}

/** Lines of other units (before/after a reorganisation): Okabe–Ito hues apart from the unit's. */
const OTHER_COLOURS = [
  PALETTE.purple,
  PALETTE.accent,
  PALETTE.sky,
  PALETTE.ink,
  PALETTE.secondary,
  PALETTE.highlight,
];

export const ScoreChart = memo(function ScoreChart({
  points,
  breaks,
  unitName,
  others = [],
  height: heightProp = 260,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  unitName: string;
  /** Units before or after a reorganisation, drawn as lines of their own (`points[].others`). */
  others?: readonly { name: string; code: string }[];
  /** Pixels, or 'fill': the height of the box the chart is put in (a slide). */
  height?: number | 'fill';
}) {
  const { t, lang } = useLang();
  const theme = useChartTheme();
  const height = theme.fill ? 'fill' : heightProp;
  const axisWidth = axisWidthFor(formatPercent(100, lang, 0), theme);
  const tip = useTipStore();
  const values = points
    .flatMap((p) => [p.scorePct, p.nationalPct, p.peerPct, ...p.others])
    .filter((v): v is number => v !== null);
  const hasNational = points.some((p) => p.nationalPct !== null);
  const hasPeers = points.some((p) => p.peerPct !== null);
  const lo = values.length ? Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5) : 0;
  // The averages to compare with: dotted peers (filled markers), dashed nation (hollow ones).
  const references = [
    ...(hasPeers
      ? [
          {
            key: 'peerPct',
            name: t('peerAverage'),
            color: PALETTE.secondary,
            fill: PALETTE.secondary,
            dash: '2 3',
          },
        ]
      : []),
    ...(hasNational
      ? [
          {
            key: 'nationalPct',
            name: t('national'),
            color: PALETTE.highlight,
            fill: '#fff',
            dash: '6 3',
          },
        ]
      : []),
  ];
  const legend: LegendItem[] = [
    { label: unitName, color: PALETTE.primary, kind: 'line' },
    ...references.map((r) => ({
      label: r.name,
      color: r.color,
      kind: r.key === 'peerPct' ? ('dotted' as const) : ('dashed' as const),
    })),
    ...others.map((o, i) => ({
      label: o.name,
      color: OTHER_COLOURS[i % OTHER_COLOURS.length] ?? PALETTE.ink,
      kind: 'dashed' as const,
    })),
  ];
  const years = points.map((p) => p.year);
  // DrawnLines draws the lines from the scales, so no Recharts item gives the axis values: its
  // own data key reads a value inside the domain in every row (one function per domain).
  const inside = useMemo(() => () => lo, [lo]);
  const hi = values.length ? Math.min(100, Math.ceil(Math.max(...values) / 5) * 5 + 5) : 100;
  return (
    <div className={height === 'fill' ? 'chart-fill' : undefined}>
      <div>
        <TimeChart
          points={points}
          breaks={breaks}
          height={height}
          axisWidth={axisWidth}
          tip={tip}
          tipLines={(p) => {
            const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
            return [
              `${unitName}: ${pct(p.scorePct)}`,
              ...(hasPeers ? [`${t('peerAverage')}: ${pct(p.peerPct)}`] : []),
              ...(hasNational ? [`${t('national')}: ${pct(p.nationalPct)}`] : []),
              ...others.flatMap((o, i) =>
                p.others[i] === null || p.others[i] === undefined
                  ? []
                  : [`${o.name}: ${pct(p.others[i] ?? null)}`],
              ),
            ];
          }}
        >
          <StableYAxis
            domain={[lo, hi]}
            ticks={niceTicks(lo, hi)}
            interval={0}
            width={axisWidth}
            tick={<ValueTick format={percentTick(lang)} />}
            stroke={theme.ink}
            label={axisTitle(t('shareOfMax'), theme)}
            dataKey={inside}
          />
          <DrawnLines
            categories={years}
            lines={[
              {
                key: 'scorePct',
                values: points.map((p) => p.scorePct),
                stroke: PALETTE.primary,
                strokeWidth: theme.line,
                dot: (cx, cy, index) => (
                  <ScoreDot cx={cx} cy={cy} index={index} tip={tip} r={theme.dot} />
                ),
              },
              ...others.map((o, i) => {
                const colour = OTHER_COLOURS[i % OTHER_COLOURS.length] ?? PALETTE.ink;
                return {
                  key: `other-${o.code}`,
                  values: points.map((p) => p.others[i] ?? null),
                  stroke: colour,
                  strokeWidth: theme.reference,
                  strokeDasharray: '5 3',
                  dot: (cx: number, cy: number) => (
                    <circle cx={cx} cy={cy} r={theme.dot * 0.7} fill={colour} />
                  ),
                };
              }),
              ...references.map((r) => ({
                key: r.key,
                values: points.map((p) => (r.key === 'peerPct' ? p.peerPct : p.nationalPct)),
                stroke: r.color,
                strokeWidth: theme.reference,
                strokeDasharray: r.dash,
                dot: (cx: number, cy: number) => (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={theme.dot}
                    fill={r.fill}
                    stroke={r.color}
                    strokeWidth={theme.reference}
                  />
                ),
              })),
            ]}
          />
        </TimeChart>
      </div>
      <Legend items={legend} />
    </div>
  );
});
