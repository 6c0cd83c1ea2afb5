// Score over time (as % of max, so PAPI's 60- and 80-point totals share an axis), with the
// national average as a dashed line with square markers.

import { Line, LineChart, ReferenceLine, XAxis, YAxis, Tooltip } from 'recharts';
import type { MethodBreak, YearPoint } from '../domain/series';
import { memo } from 'react';
import { PALETTE } from '../shared/palette';
import { Sized } from './Sized';
import { useLang } from '../shared/i18n';
import { formatPercent } from '../shared/format';

export const ScoreChart = memo(function ScoreChart({
  points,
  breaks,
  unitName,
  height = 260,
  axisWidth = 64,
}: {
  points: YearPoint[];
  breaks: MethodBreak[];
  unitName: string;
  height?: number;
  /** Wider in presenter mode, where the labels are larger. */
  axisWidth?: number;
}) {
  const { t, lang } = useLang();
  const values = points
    .flatMap((p) => [p.scorePct, p.nationalPct, p.peerPct])
    .filter((v): v is number => v !== null);
  const hasNational = points.some((p) => p.nationalPct !== null);
  const hasPeers = points.some((p) => p.peerPct !== null);
  const lo = values.length ? Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5) : 0;
  const hi = values.length ? Math.min(100, Math.ceil(Math.max(...values) / 5) * 5 + 5) : 100;
  return (
    <>
      <div>
        <Sized height={height}>
          {(width) => (
            <LineChart
              width={width}
              height={height}
              data={points}
              margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
            >
              <XAxis dataKey="year" />
              <YAxis
                domain={[lo, hi]}
                width={axisWidth}
                tickFormatter={(v: number) => formatPercent(v, lang, 0)}
                label={{ value: t('shareOfMax'), angle: -90, position: 'insideLeft', offset: 4 }}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? formatPercent(v, lang) : String(v))}
                labelFormatter={(y) => `${t('year')} ${String(y)}`}
              />
              {breaks.map((b) => (
                <ReferenceLine
                  key={b.year}
                  x={b.year}
                  stroke={PALETTE.accent}
                  strokeDasharray="4 4"
                />
              ))}
              <Line
                type="linear"
                dataKey="scorePct"
                name={unitName}
                stroke={PALETTE.primary}
                strokeWidth={3}
                connectNulls={false}
                isAnimationActive={false}
                dot={{ r: 5, fill: PALETTE.primary }}
              />
              {hasPeers && (
                <Line
                  type="linear"
                  dataKey="peerPct"
                  name={t('peerAverage')}
                  stroke={PALETTE.secondary}
                  strokeWidth={2}
                  strokeDasharray="2 3"
                  connectNulls={false}
                  isAnimationActive={false}
                  dot={{ r: 5, fill: PALETTE.secondary, stroke: PALETTE.secondary }}
                  legendType="triangle"
                />
              )}
              {hasNational && (
                <Line
                  type="linear"
                  dataKey="nationalPct"
                  name={t('national')}
                  stroke={PALETTE.highlight}
                  strokeWidth={2}
                  strokeDasharray="6 3"
                  connectNulls={false}
                  isAnimationActive={false}
                  dot={{ r: 5, fill: '#fff', stroke: PALETTE.highlight, strokeWidth: 2 }}
                  legendType="square"
                />
              )}
            </LineChart>
          )}
        </Sized>
      </div>
      {/* An HTML legend: lighter than Recharts' and readable at any zoom. */}
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-solid" style={{ borderColor: PALETTE.primary }} />{' '}
          {unitName}
        </li>
        {hasPeers && (
          <li>
            <span className="swatch swatch-dotted" style={{ borderColor: PALETTE.secondary }} />{' '}
            {t('peerAverage')}
          </li>
        )}
        {hasNational && (
          <li>
            <span className="swatch swatch-dashed" style={{ borderColor: PALETTE.highlight }} />{' '}
            {t('national')}
          </li>
        )}
      </ul>
    </>
  );
});
