// Each component as % of its max against the peer average (or, for a province, the national
// one); weak components are drawn in the highlight colour with a hatch so that colour is not the
// only cue, and the legend says so. Category names wrap onto as many lines as they need.

import { type ReactNode } from 'react';
import { BarChart, DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import '../shared/i18n-sections';
import { PALETTE } from '../shared/palette';
import { ValueTick } from './axis';
import { CategoryTick, wrapWords } from './category-tick';
import { Legend, type LegendItem } from './Legend';
import { Sized } from './Sized';
import { PlotGrid } from './plot-grid';
import { percentTick, StableXAxis, StableYAxis, useStable } from './stable-axes';
import { TipLayer, TipText, useTipStore } from './PointTip';
import { useChartTheme } from './theme';
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

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const atZero = (): number => 0;

/** A row of the chart: the bar's shares in per cent. */
interface BarRow extends ComponentBar {
  sharePct: number;
  /** The peers' or the nation's share (null: none for this component). */
  refPct: number | null;
  prevPct: number | null;
}

// Each category's band holds the unit's bar over the reference's, as Recharts lays out two bars
// in a band (`barCategoryGap` 18 % at each end, `barGap` 4 px between, sizes rounded).
const CATEGORY_GAP = 0.18;
const BAR_GAP = 4;

/** Where a band's bars go: the offset of the first from the band's start, and their size. */
function barSlots(band: number, bars: number): { offset: number; size: number; gap: number } {
  const offset = band * CATEGORY_GAP;
  const gap = band - 2 * offset - (bars - 1) * BAR_GAP <= 0 ? 0 : BAR_GAP;
  const raw = (band - 2 * offset - (bars - 1) * gap) / bars;
  return { offset, size: raw > 1 ? Math.round(raw) : raw, gap };
}

/**
 * The bars, drawn from the chart's scales in Recharts' bar layer: Recharts' Bar (two of them,
 * with a Cell per weak component) registered in the chart's store and went through its
 * selectors, animation and label machinery at every year or unit switch, the costliest part
 * of the section. Each row is also the tooltip's target: hovered, or reached with the arrow keys
 * from the chart's frame (PointTip).
 */
function DrawnBars({ rows, markWidth }: { rows: readonly BarRow[]; markWidth: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const tip = useTipStore();
  if (!x || !y) return null;
  const left = x(0);
  const right = x(100);
  if (left === undefined || right === undefined) return null;
  const perPct = (right - left) / 100;
  const twoBars = rows.some((r) => r.refPct !== null);
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      {rows.map((r, i) => {
        const top = y(r.label, { position: 'start' });
        const bottom = y(r.label, { position: 'end' });
        if (top === undefined || bottom === undefined) return null;
        const { offset, size, gap } = barSlots(bottom - top, twoBars ? 2 : 1);
        const unitY = top + offset;
        const refY = unitY + size + gap;
        const reach = Math.max(3, size * 0.35);
        const mark = r.prevPct === null || markWidth === 0 ? null : left + r.prevPct * perPct;
        const end = left + Math.max(r.sharePct, r.refPct ?? 0) * perPct;
        return (
          <g key={r.code} className="drawn-bar">
            <rect
              x={left}
              y={unitY}
              width={Math.max(0, r.sharePct * perPct)}
              height={size}
              fill={r.weak ? 'url(#weak-hatch)' : PALETTE.primary}
            />
            {mark !== null && (
              <line
                x1={mark}
                x2={mark}
                y1={unitY - reach}
                y2={unitY + size + reach}
                stroke={PALETTE.ink}
                strokeWidth={markWidth}
              />
            )}
            {r.refPct !== null && (
              <rect
                x={left}
                y={refY}
                width={Math.max(0, r.refPct * perPct)}
                height={size}
                fill={PALETTE.secondary}
              />
            )}
            {tip && (
              <>
                {/* Where the tip opens (the end of the longer bar), found by its data-tip. */}
                <circle cx={end} cy={(top + bottom) / 2} r={0} data-tip={i} />
                <rect
                  x={left}
                  y={top}
                  width={right - left}
                  height={bottom - top}
                  fill="transparent"
                  onMouseEnter={() => tip.set(i)}
                  onMouseLeave={() => tip.set(null)}
                />
              </>
            )}
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

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
  const data = bars.map((b): BarRow => {
    const r = reference(b);
    const prev = b.previousShare ?? null;
    return {
      ...b,
      sharePct: b.share * 100,
      refPct: r === null ? null : r * 100,
      prevPct: prev === null ? null : prev * 100,
    };
  });
  // Recharts needs only the names (DrawnBars draws from its scales): the same rows while the
  // components are the same, so that a switch does not give the chart's store new data.
  const rows = useStable(data.map((d) => ({ label: d.label })));
  const hasPrevious = previousYear !== undefined && data.some((d) => d.prevPct !== null);
  const tip = useTipStore();
  // The row's name, then each bar's share (and last year's), as the table has them.
  const tipContent = (i: number): ReactNode => {
    const d = data[i];
    if (!d) return null;
    const pct = (v: number) => formatPercent(v, lang);
    const lines = [
      `${unitName}: ${pct(d.sharePct)}${d.weak ? ` (${t('weak')})` : ''}`,
      ...(d.refPct === null ? [] : [`${referenceName}: ${pct(d.refPct)}`]),
      ...(hasPrevious && d.prevPct !== null
        ? [`${t('previousYearCol', { year: previousYear })}: ${pct(d.prevPct)}`]
        : []),
    ];
    return <TipText head={d.label} lines={lines} />;
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
            <>
              <BarChart
                width={width}
                height={height}
                data={rows}
                layout="vertical"
                margin={{ top: 8, right: Math.round(theme.font * 1.5), bottom: 8, left: 8 }}
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
                <PlotGrid across="x" />
                <StableXAxis
                  type="number"
                  // No Recharts item gives this axis values: its own key does, for its scale
                  // (inside the fixed domain; a share is never above 100 %, the importer's rule).
                  dataKey={atZero}
                  domain={[0, 100]}
                  ticks={PERCENT_TICKS}
                  interval={0}
                  stroke={theme.ink}
                  tick={<ValueTick under format={percentTick(lang)} />}
                />
                <StableYAxis
                  type="category"
                  dataKey="label"
                  width={labelWidth}
                  interval={0}
                  stroke={theme.ink}
                  tick={<CategoryTick width={labelWidth} />}
                />
                <DrawnBars rows={data} markWidth={hasPrevious ? theme.mark + 1 : 0} />
              </BarChart>
              <TipLayer store={tip} width={width} height={height} content={tipContent} />
            </>
          );
        }}
      </Sized>
      <Legend items={legend} />
    </div>
  );
}
