// The unit among its peers across years: the unit highlighted (thick, coloured, labelled), the
// peers picked for comparison each in a colour and dash of its own, the others muted. Every
// point names its year's ranking (hover a point of any line, or focus the chart and use ← →).

import { Fragment, type ReactNode } from 'react';
import { LineChart } from 'recharts';
import { PlotGrid } from './plot-grid';
import { StableXAxis, StableYAxis, useStable } from './stable-axes';
import { DrawnLines } from './drawn-lines';
import '../shared/i18n-sections';
import { axisWidthFor, rankAxisProps, timeMargin, yearAxisProps } from './axis';
import { textWidth } from './ticks';
import { useChartTheme } from './theme';
import { Legend, type LegendItem, type SwatchKind } from './Legend';
import { TipDot, TipLayer, useTipStore, type DotProps, type TipStore } from './PointTip';
import { Sized } from './Sized';
import { rankingAt, type Bump, type BumpLine } from '../domain/peers';
import { PALETTE } from '../shared/palette';
import { useLang } from '../shared/i18n';

const NO_BREAKS: ReadonlyMap<number, 'method' | 'units'> = new Map();

/**
 * The picked peers' looks, in the order picked: colour and dash together, so that no two differ
 * by colour alone; each colour has 3:1 against the plot for a line.
 */
export const PICKED_STYLES: readonly {
  color: string;
  dash: string | undefined;
  kind: SwatchKind;
}[] = [
  { color: PALETTE.primary, dash: undefined, kind: 'line' },
  { color: PALETTE.secondary, dash: '10 5', kind: 'dashed' },
  { color: PALETTE.purple, dash: '2 4', kind: 'dotted' },
  { color: PALETTE.ink, dash: '10 5', kind: 'dashed' },
];

export const pickedStyle = (i: number) => PICKED_STYLES[i % PICKED_STYLES.length];

/** The highlighted unit's point: the visible dot and the keyboard's stop for the year. */
function UnitDot(props: DotProps & { store: TipStore | null; r: number; fill: string }) {
  const { cx, cy, r, fill } = props;
  if (cx === undefined || cy === undefined) return null;
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill={fill} />
      <TipDot cx={cx} cy={cy} index={props.index} store={props.store} />
    </g>
  );
}

/**
 * Every unit's line: a Recharts Line per peer (23 for a commune) cost ~10 ms of each year or unit
 * switch (see DrawnLines).
 */
function BumpLines({
  years,
  ordered,
  tip,
  labelled,
}: {
  years: readonly number[];
  /** Muted lines first, the unit's last (drawn on top). */
  ordered: readonly BumpLine[];
  tip: TipStore | null;
  /** The unit's name is written after its last point. */
  labelled: boolean;
}) {
  const theme = useChartTheme();
  const at = ordered.findIndex((l) => l.highlighted);
  const unit = ordered[at];
  return (
    <DrawnLines
      categories={years}
      lines={ordered.map((l) => {
        const st = l.picked !== null ? pickedStyle(l.picked) : undefined;
        return {
          key: l.unit.code,
          values: l.ranks,
          stroke: l.highlighted ? PALETTE.highlight : (st?.color ?? PALETTE.muted),
          strokeOpacity: l.highlighted || st ? 1 : 0.55,
          strokeDasharray: st?.dash,
          strokeWidth: l.highlighted ? theme.line : st ? theme.reference : theme.reference * 0.75,
          dot: l.highlighted
            ? (cx, cy, index) => (
                <UnitDot
                  cx={cx}
                  cy={cy}
                  index={index}
                  store={tip}
                  r={theme.dot}
                  fill={PALETTE.highlight}
                />
              )
            : (cx, cy, index) => (
                <TipDot cx={cx} cy={cy} index={index} store={tip} line={l.unit.code} r={9} />
              ),
        };
      })}
      label={(placed) => {
        const end = unit && labelled ? placed[at]?.[lastWithRank(unit.ranks)] : null;
        return end ? (
          <text
            x={end[0] + theme.dot + 8}
            y={end[1]}
            dy="0.355em"
            fill={PALETTE.highlightInk}
            fontWeight={700}
            fontSize={theme.font}
          >
            {unit?.unit.name}
          </text>
        ) : null;
      }}
    />
  );
}

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
  const tip = useTipStore();
  const height = theme.fill ? 'fill' : heightProp;
  // Recharts needs only the years (BumpLines draws from its scales): the same rows while the
  // years are the same, so that a unit switch does not give the chart's store new data.
  const rows = useStable(bump.years.map((year) => ({ year })));
  const maxRank = Math.max(
    1,
    ...bump.lines.flatMap((l) => l.ranks.filter((r): r is number => r !== null)),
  );
  const axisWidth = axisWidthFor(String(maxRank), theme);
  const highlighted = bump.lines.find((l) => l.highlighted);
  // The highlighted unit's name is written after its last point, with room for all of it; on a
  // chart too narrow for that (a phone) the legend alone names it, and the plot keeps the width.
  const labelRoom = highlighted ? textWidth(highlighted.unit.name, theme.font) + 16 + theme.dot : 0;
  const labelled = (width: number) => labelRoom > 0 && labelRoom <= width * 0.3;
  const pad = Math.round(theme.font * 1.3);
  // Muted lines first, then the picked peers, the unit on top.
  const layer = (l: BumpLine) => (l.highlighted ? 2 : l.picked !== null ? 1 : 0);
  const ordered = [...bump.lines].sort((a, b) => layer(a) - layer(b));
  // Units drawn but not labelled: the tip names them. A hovered point names its own line (and the
  // unit in view, to compare); the keyboard's stop on a year lists every line drawn that year.
  const tipContent = (i: number, hovered: string | null): ReactNode => {
    const year = bump.years[i];
    const all = rankingAt(bump.lines, i);
    const list =
      hovered === null
        ? all
        : all.filter(({ line }) => line.unit.code === hovered || line.highlighted);
    if (year === undefined || list.length === 0) return null;
    return (
      <>
        <strong>
          {t('year')} {year}
        </strong>
        {list.map(({ line, rank }) => (
          <Fragment key={line.unit.code}>
            <br />
            <span
              className={line.highlighted || line.unit.code === hovered ? 'tip-strong' : undefined}
            >
              {rank}. {line.unit.name}
            </span>
          </Fragment>
        ))}
      </>
    );
  };
  const legend: LegendItem[] = [
    ...(highlighted
      ? [{ label: highlighted.unit.name, color: PALETTE.highlight, kind: 'line' as const }]
      : []),
    ...bump.lines
      .filter((l): l is BumpLine & { picked: number } => l.picked !== null)
      .sort((a, b) => a.picked - b.picked)
      .map((l) => {
        const st = pickedStyle(l.picked);
        return {
          label: l.unit.name,
          color: st?.color ?? PALETTE.primary,
          kind: st?.kind ?? 'line',
        };
      }),
    ...(bump.lines.some((l) => !l.highlighted && l.picked === null)
      ? [{ label: t('otherPeers'), color: PALETTE.muted, kind: 'line' as const }]
      : []),
  ];
  return (
    <div className={height === 'fill' ? 'chart-fill' : undefined}>
      <Sized height={height}>
        {(width, h) => {
          const margin = timeMargin(theme, labelled(width) ? labelRoom : 0);
          return (
            <>
              <LineChart
                width={width}
                height={h}
                data={rows}
                margin={margin}
                accessibilityLayer={false}
              >
                <PlotGrid />
                <StableXAxis
                  {...yearAxisProps({
                    breaks: NO_BREAKS,
                    count: rows.length,
                    width,
                    axisWidth,
                    margin,
                    pad,
                    theme,
                  })}
                />
                <StableYAxis
                  {...rankAxisProps(maxRank, t('rankAxis'), axisWidth, theme)}
                  stroke={theme.ink}
                />
                <BumpLines
                  years={bump.years}
                  ordered={ordered}
                  tip={tip}
                  labelled={labelled(width)}
                />
              </LineChart>
              <TipLayer store={tip} width={width} height={h} beside content={tipContent} />
            </>
          );
        }}
      </Sized>
      <Legend items={legend} />
    </div>
  );
}
