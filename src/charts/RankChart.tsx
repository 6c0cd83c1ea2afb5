// Rank over time: rank 1 at the top, official ranks as filled dots and computed ones as hollow
// dots, no line across missing years, a marker where the method changed.

import { Line, YAxis } from 'recharts';
import { PointLabel, rankAxisProps } from './axis';
import type { MethodBreak, YearPoint } from '../domain/series';
import { memo } from 'react';
import { PALETTE } from '../shared/palette';
import { TimeChart } from './TimeChart';
import { TipDot, useTipStore, type TipStore } from './PointTip';
import { useLang } from '../shared/i18n';

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

function RankDot({ cx, cy, index, payload, tip = null, format = String, segment }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.rank === null) return null;
  if (segment !== undefined && payload.segment !== segment) return null;
  const official = payload.rankKind === 'official';
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={6}
        stroke={PALETTE.primary}
        strokeWidth={2.5}
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
  height = 260,
  axisWidth = 64,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  height?: number;
  /** Wider in presenter mode, where the labels are larger. */
  axisWidth?: number;
}) {
  const { t, lang } = useLang();
  const tip = useTipStore();
  const maxRank = Math.max(1, ...points.map((p) => p.rankOf ?? p.rank ?? 1));
  // One line per peer group: a rank among 63 and one among 34 are never joined.
  const segments = [
    ...new Set(points.map((p) => p.segment).filter((s): s is number => s !== null)),
  ];
  const fmt = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div>
      <TimeChart
        points={points}
        breaks={breaks}
        height={height}
        tip={tip}
        tipLines={(p) => {
          if (p.rank === null) return null;
          const kind = p.rankKind === 'official' ? t('official') : t('computed');
          return [`${t('rank')}: ${p.rank}${p.rankOf ? `/${p.rankOf}` : ''} (${kind})`];
        }}
      >
        <YAxis {...rankAxisProps(maxRank, t('rankAxis'), axisWidth, fmt)} />
        {segments.map((s) => (
          <Line
            key={s}
            type="linear"
            dataKey={(p: YearPoint) => (p.segment === s ? p.rank : null)}
            stroke={PALETTE.primary}
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
            activeDot={false}
            dot={<RankDot tip={tip} format={fmt} segment={s} />}
            name={t('rank')}
          />
        ))}
      </TimeChart>
    </div>
  );
});
