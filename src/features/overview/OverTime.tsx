// Rank and score over time, with the method changes marked.
import { useMemo } from 'react';
import { SAMPLE_SOURCE } from '../../domain/model';
import type { SectionProps } from './section-props';
import { methodBreaks, rankSegments, unitOverTime } from '../../domain/series';
import { unitYears } from '../../domain/lineage';
import { useLineageLinks } from './use-lineage-links';
import { ChartFrame } from '../../charts/ChartFrame';
import { RankChart } from '../../charts/RankChart';
import { ScoreChart } from '../../charts/ScoreChart';
import { useLang } from '../../shared/i18n';
import { formatFixed, formatPercent } from '../../shared/format';

export function OverTime({ bundle, sel, unit }: SectionProps) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  // Rank and score over time do not depend on the year shown: a year switch reuses them, and
  // the memoised charts skip their render.
  // The unit's own years, and the units before or after it across a reorganisation as lines of
  // their own.
  const links = useLineageLinks(unit.validFrom !== null || unit.validTo !== null);
  const { points, breaks, years, lineage } = useMemo(() => {
    if (links) {
      const lin = links.lineageOf(reg, unit);
      const s = links.lineageSeries(reg, ds, sel.index, unit, lin);
      return { ...s, years: s.points.map((p) => p.year), lineage: lin };
    }
    const ys = unitYears(reg, ds, sel.index, unit);
    return {
      points: unitOverTime(reg, ds, sel.index, unit, ys),
      breaks: methodBreaks(reg, sel.index, ys),
      years: ys,
      lineage: null,
    };
  }, [links, reg, ds, sel.index, unit]);
  // Stable across a year switch, so that the memoised score chart skips its render.
  const others = useMemo(
    () => (lineage?.drawn ?? []).map((l) => ({ name: l.unit.name, code: l.unit.code })),
    [lineage],
  );
  const segments = rankSegments(points);
  const methodOnly = breaks.filter((b) => b.kind !== 'units');
  const sample = points.some((p) => p.sample);
  const sources = [
    ...new Set(
      points.map((p) => p.source).filter((s): s is string => s !== null && s !== SAMPLE_SOURCE),
    ),
  ];
  const sourceLine = [...sources, ...(sample ? [t('sampleLong')] : [])].join('; ');
  const subtitle = `${unit.name} · ${sel.index} · ${years[0] ?? ''}–${years[years.length - 1] ?? ''}${sources.length > 1 ? ` · ${t('sourcesCount', { n: sources.length })}` : ''}${sample ? ` · ${t('sample')}` : ''}`;
  const describedRanks = points
    .filter((p) => p.rank !== null)
    .map(
      (p) =>
        `${p.year}: ${p.rank}${p.rankOf ? `/${p.rankOf}` : ''} (${p.rankKind === 'official' ? t('official') : t('computed')})`,
    )
    .join('; ');
  // Only the comparisons that exist: a district has no national mean, a province no peers'.
  const hasNational = points.some((p) => p.nationalPct !== null);
  const hasPeers = points.some((p) => p.peerPct !== null);
  const table = (
    <table>
      <caption>
        {t('rankOverTime')} — {unit.name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('yearCol')}</th>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('score')}</th>
          <th scope="col">{t('shareOfMax')}</th>
          {hasNational && <th scope="col">{t('national')}</th>}
          {hasPeers && <th scope="col">{t('peerAverage')}</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.year}>
            <th scope="row">{p.year}</th>
            <td>
              {p.rank === null
                ? '—'
                : `${p.rank}${p.rankOf ? `/${p.rankOf}` : ''} (${p.rankKind === 'official' ? t('official') : t('computed')})`}
            </td>
            <td>{p.score === null ? '—' : formatFixed(p.score, lang)}</td>
            <td>{p.scorePct === null ? '—' : formatPercent(p.scorePct, lang)}</td>
            {hasNational && (
              <td>{p.nationalPct === null ? '—' : formatPercent(p.nationalPct, lang)}</td>
            )}
            {hasPeers && <td>{p.peerPct === null ? '—' : formatPercent(p.peerPct, lang)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const warn = methodOnly.length > 0 && (
    <p className="note" role="note">
      {t('methodWarning', {
        versions: methodOnly.map((b) => `${b.year}: ${b.version}`).join('; '),
      })}
    </p>
  );
  const groups =
    segments.length > 1
      ? t('rankGroups', {
          groups: segments
            .map((g) => `${g.first === g.last ? g.first : `${g.first}–${g.last}`}: /${g.of ?? '?'}`)
            .join(' · '),
        })
      : null;
  return (
    <section className="grid-2" aria-label={t('rankOverTime')}>
      <ChartFrame
        title={t('rankOverTime')}
        subtitle={subtitle}
        sample={sample}
        source={sourceLine}
        description={`${t('rankOverTime')}, ${unit.name}, ${sel.index}: ${describedRanks || t('noData')}`}
        table={table}
        notes={warn}
      >
        <RankChart points={points} breaks={breaks} />
        {groups && <p className="legend-note">{groups}</p>}
      </ChartFrame>
      <ChartFrame
        title={t('scoreOverTime')}
        subtitle={subtitle}
        sample={sample}
        source={sourceLine}
        description={`${t('scoreOverTime')}, ${unit.name}: ${points
          .filter((p) => p.scorePct !== null)
          .map((p) => `${p.year}: ${formatPercent(p.scorePct ?? 0, lang)}`)
          .join('; ')}`}
        table={table}
      >
        <ScoreChart points={points} breaks={breaks} unitName={unit.name} others={others} />
        {others.length > 0 && <p className="legend-note">{t('lineageLines')}</p>}
      </ChartFrame>
    </section>
  );
}
