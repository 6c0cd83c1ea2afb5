// The unit among its peers: a bump chart over the years and a sortable ranking table.
// Loaded on demand: the first view (Hà Nội) has no peers in the data.
import { useMemo, useState } from 'react';
import type { SectionProps } from './section-props';
import { unitYears } from '../../domain/lineage';
import { peerRanking, bumpChart } from '../../domain/peers';
import { peersInRegistry } from '../../domain/registry';
import { isSample } from '../../domain/model';
import { ChartFrame, SampleBadge } from '../../charts/ChartFrame';
import { BumpChart } from '../../charts/BumpChart';
import { useLang } from '../../shared/i18n';
// This section's strings load with it (not part of the first view's dictionary).
import '../../shared/i18n-sections';
import { formatNumber } from '../../shared/format';

type SortKey = 'rank' | 'name' | 'score';

export default function AmongPeers({ bundle, sel, unit, onPickUnit }: SectionProps) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'rank', asc: true });
  const bump = useMemo(() => {
    const years = unitYears(reg, ds, sel.index, unit).filter((y) => y <= sel.year);
    return bumpChart(reg, ds, sel, years);
  }, [reg, ds, sel, unit]);
  const ranking = peerRanking(
    reg,
    ds,
    { index: sel.index, indicator: 'TOTAL', year: sel.year },
    unit,
  );
  if (!bump || ranking.length < 2) return null;
  const sorted = [...ranking].sort((a, b) => {
    const d =
      sort.key === 'rank'
        ? (a.rank ?? Infinity) - (b.rank ?? Infinity)
        : sort.key === 'score'
          ? (a.score ?? -Infinity) - (b.score ?? -Infinity)
          : a.unit.name.localeCompare(b.unit.name, 'vi');
    return sort.asc ? d : -d;
  });
  const sample = ranking.some((p) => isSample(p.row));
  // Provinces: how many of the 63 (34 from 2025) have a published figure that year.
  const published =
    unit.level === 'province' ? (
      <p className="note">
        {t('publishedOf', {
          n: ranking.length,
          of: peersInRegistry(reg, unit, sel.year).length,
          year: sel.year,
        })}
      </p>
    ) : null;
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))}
        aria-label={t('sortBy', { col: label })}
      >
        {label} {sort.key === key ? (sort.asc ? '↑' : '↓') : ''}
      </button>
    </th>
  );
  const table = (
    <table>
      <caption>{t('rankingTable', { year: sel.year })}</caption>
      <thead>
        <tr>
          {header('rank', t('rank'))}
          {header('name', t('unitCol'))}
          {header('score', t('score'))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) => (
          <tr
            key={p.unit.code}
            className={p.unit.code === unit.code ? 'row-highlight' : undefined}
            aria-current={p.unit.code === unit.code ? 'true' : undefined}
          >
            <td>
              {p.rank ?? '—'} {p.official ? `(${t('official')})` : ''}
            </td>
            <td>
              <button type="button" className="link" onClick={() => onPickUnit(p.unit.code)}>
                {p.unit.name}
              </button>
            </td>
            <td>{p.score === null ? '—' : formatNumber(p.score, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (bump.years.length < 2) {
    // One year (a unit formed in 2025): no movement to draw, the ranking says it all.
    return (
      <section aria-label={t('amongPeers')} className="grid-2">
        <div className="ranking">
          <h3>
            {t('rankingTable', { year: sel.year })} {sample && <SampleBadge />}
          </h3>
          <p className="muted">{t('singleYearPeers', { year: sel.year, n: ranking.length })}</p>
          {published}
          {table}
        </div>
      </section>
    );
  }
  return (
    <section aria-label={t('amongPeers')} className="grid-2">
      <ChartFrame
        title={t('amongPeers')}
        subtitle={`${unit.name} · ${sel.index} · ${bump.years[0] ?? ''}–${sel.year}`}
        sample={bump.lines.some((l) => l.sample)}
        source={bump.lines.some((l) => l.sample) ? t('sampleLong') : t('publishedSources')}
        description={`${t('amongPeers')}: ${
          bump.lines
            .find((l) => l.highlighted)
            ?.ranks.map((r, i) => `${bump.years[i]}: ${r ?? '—'}`)
            .join('; ') ?? ''
        }`}
        table={table}
        notes={
          bump.trimmed ? (
            <p className="note">{t('topAndBottom', { edge: 5, n: bump.peerCount })}</p>
          ) : undefined
        }
      >
        <BumpChart bump={bump} />
      </ChartFrame>
      <div className="ranking">
        <h3>
          {t('rankingTable', { year: sel.year })} {sample && <SampleBadge />}
        </h3>
        {published}
        {table}
      </div>
    </section>
  );
}
