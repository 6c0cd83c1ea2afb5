// Each component as % of its max against the peer average (or, for a province, the national
// one); weak components are drawn in the highlight colour with a hatch so that colour is not the
// only cue, and the legend says so. Category names wrap onto as many lines as they need.

import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import '../shared/i18n-sections';
import { PALETTE } from '../shared/palette';
import { ValueTick } from './axis';
import { CategoryTick, wrapWords } from './category-tick';
import { Legend, type LegendItem } from './Legend';
import { Sized } from './Sized';
import { GRID, PLOT_FILL, useChartTheme } from './theme';
import { textWidth } from './ticks';
import { useLang } from '../shared/i18n';
import { formatPercent } from '../shared/format';

export interface ComponentBar {
  code: string;
  label: string;
  share: number;
  peerShare: number | null;
  nationalShare: number | null;
  /** Last year's share, drawn as a mark across the unit's bar. */
  previousShare?: number | null;
  weak: boolean;
}

interface BarShape {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: { sharePct: number; prevPct: number | null };
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];

export function ComponentBars({
  bars,
  unitName,
  previousYear,
  fill: fillProp = false,
}: {
  bars: ComponentBar[];
  unitName: string;
  /** The year of `previousShare` (the legend names it). */
  previousYear?: number;
  /** Fill the box it is in (a slide) instead of being as tall as the bars need. */
  fill?: boolean;
}) {
  const { t, lang } = useLang();
  const theme = useChartTheme();
  const fill = fillProp || theme.fill === true;
  // The comparison: the peers' mean where the unit has peers, else the nation's.
  const byPeers = bars.some((b) => b.peerShare !== null);
  const reference = (b: ComponentBar) => (byPeers ? b.peerShare : b.nationalShare);
  const hasReference = bars.some((b) => reference(b) !== null);
  const referenceName = byPeers ? t('peerAverage') : t('national');
  const data = bars.map((b) => {
    const r = reference(b);
    const prev = b.previousShare ?? null;
    return {
      ...b,
      sharePct: b.share * 100,
      refPct: r === null ? null : r * 100,
      prevPct: prev === null ? null : prev * 100,
    };
  });
  const hasPrevious = previousYear !== undefined && data.some((d) => d.prevPct !== null);
  // The unit's bar, with last year's value as a dark mark across it (a bullet chart's marker):
  // the move reads without a third bar per row.
  const unitBar = (p: BarShape) => {
    const { x = 0, y = 0, width = 0, height = 0, fill, payload } = p;
    const prev = payload?.prevPct ?? null;
    const perPct = payload && payload.sharePct > 0 ? width / payload.sharePct : null;
    const mx = prev !== null && perPct !== null ? x + prev * perPct : null;
    const reach = Math.max(3, height * 0.35);
    return (
      <g>
        <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} />
        {hasPrevious && mx !== null && (
          <line
            x1={mx}
            x2={mx}
            y1={y - reach}
            y2={y + height + reach}
            stroke={PALETTE.ink}
            strokeWidth={theme.mark + 1}
          />
        )}
      </g>
    );
  };
  // Names get up to 40 % of the width, wrapped; each row is as tall as its lines.
  const layout = (width: number) => {
    const longest = Math.max(...bars.map((b) => textWidth(b.label, theme.font)), 0);
    const labelWidth = Math.min(Math.max(120, longest + 12), Math.round(width * 0.4));
    const lines = Math.max(
      1,
      ...bars.map((b) => wrapWords(b.label, labelWidth - 8, theme.font).length),
    );
    const row = Math.max(lines * theme.font * 1.25 + 10, hasReference ? 44 : 30);
    return { labelWidth, height: Math.round(theme.font * 2 + 16 + bars.length * row) };
  };
  const legend: LegendItem[] = [
    { label: unitName, color: PALETTE.primary, kind: 'bar' },
    ...(bars.some((b) => b.weak)
      ? [{ label: t('weakLegend'), color: PALETTE.highlight, kind: 'hatch' as const }]
      : []),
    ...(hasReference
      ? [{ label: referenceName, color: PALETTE.secondary, kind: 'bar' as const }]
      : []),
    ...(hasPrevious
      ? [
          {
            label: t('previousYearMark', { year: previousYear }),
            color: PALETTE.ink,
            kind: 'mark-units' as const,
          },
        ]
      : []),
  ];
  return (
    <div className={fill ? 'chart-fill' : undefined}>
      <Sized height={fill ? 'fill' : (width) => layout(width).height}>
        {(width, height) => {
          const { labelWidth } = layout(width);
          return (
            <BarChart
              width={width}
              height={height}
              data={data}
              layout="vertical"
              margin={{ top: 8, right: Math.round(theme.font * 1.5), bottom: 8, left: 8 }}
              barCategoryGap="18%"
              accessibilityLayer={false}
            >
              <defs>
                <pattern
                  id="weak-hatch"
                  width="8"
                  height="8"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="8" height="8" fill={PALETTE.highlight} />
                  <line x1="0" y1="0" x2="0" y2="8" stroke="#fff" strokeWidth="2.5" />
                </pattern>
              </defs>
              <CartesianGrid stroke={GRID} horizontal={false} fill={PLOT_FILL} />
              <XAxis
                type="number"
                domain={[0, 100]}
                ticks={PERCENT_TICKS}
                interval={0}
                stroke={theme.ink}
                tick={<ValueTick under format={(v) => formatPercent(v, lang, 0)} />}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={labelWidth}
                interval={0}
                stroke={theme.ink}
                tick={<CategoryTick width={labelWidth} />}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? formatPercent(v, lang) : String(v))}
              />
              <Bar
                dataKey="sharePct"
                name={unitName}
                isAnimationActive={false}
                fill={PALETTE.primary}
                shape={unitBar}
              >
                {data.map((d) => (
                  <Cell key={d.code} fill={d.weak ? 'url(#weak-hatch)' : PALETTE.primary} />
                ))}
              </Bar>
              {hasReference && (
                <Bar
                  dataKey="refPct"
                  name={referenceName}
                  isAnimationActive={false}
                  fill={PALETTE.secondary}
                />
              )}
            </BarChart>
          );
        }}
      </Sized>
      <Legend items={legend} />
    </div>
  );
}
