// Each component as % of its max against the peer average; weak components are drawn in the
// highlight colour with a hatch so that colour is not the only cue.

import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from '../shared/palette';
import { ValueTick } from './axis';
import { Sized } from './Sized';
import { useLang } from '../shared/i18n';
import { formatPercent } from '../shared/format';

export interface ComponentBar {
  code: string;
  label: string;
  share: number;
  peerShare: number | null;
  nationalShare: number | null;
  weak: boolean;
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];

export function ComponentBars({ bars, unitName }: { bars: ComponentBar[]; unitName: string }) {
  const { t, lang } = useLang();
  const data = bars.map((b) => ({
    ...b,
    sharePct: b.share * 100,
    peerPct: b.peerShare === null ? null : b.peerShare * 100,
  }));
  const height = 60 + bars.length * 44;
  return (
    <Sized height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <defs>
            <pattern
              id="weak-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={PALETTE.highlight} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#eee" />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={PERCENT_TICKS}
            interval={0}
            tick={<ValueTick under format={(v) => formatPercent(v, lang, 0)} />}
          />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? formatPercent(v, lang, 1) : String(v))}
          />
          <Legend />
          <Bar dataKey="sharePct" name={unitName} isAnimationActive={false} fill={PALETTE.primary}>
            {data.map((d) => (
              <Cell key={d.code} fill={d.weak ? 'url(#weak-hatch)' : PALETTE.primary} />
            ))}
          </Bar>
          {data.some((d) => d.peerPct !== null) && (
            <Bar
              dataKey="peerPct"
              name={t('peerAverage')}
              isAnimationActive={false}
              fill={PALETTE.sky}
            />
          )}
        </BarChart>
      )}
    </Sized>
  );
}
