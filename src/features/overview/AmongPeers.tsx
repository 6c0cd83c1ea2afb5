// The unit among its peers: a bump chart over the years and a sortable ranking table.
// Loaded on demand: the first view (Hà Nội) has no peers in the data.
import { useMemo, useState } from 'react';
import type { SectionProps } from './section-props';
import { unitYears } from '../../domain/lineage';
import { peerRanking, bumpChart } from '../../domain/peers';
import { peersInRegistry, unitIn } from '../../domain/registry';
import { isSample } from '../../domain/model';
import { ChartFrame, SampleBadge } from '../../charts/ChartFrame';
import { BumpChart, pickedStyle } from '../../charts/BumpChart';
import { Swatch } from '../../charts/Legend';
import { MAX_PEERS } from '../../domain/address';
import { useLang } from '../../shared/i18n';
// This section's strings load with it (not part of the first view's dictionary).
import '../../shared/i18n-sections';
import { formatFixed } from '../../shared/format';

type SortKey = 'rank' | 'name' | 'score';

export default function AmongPeers({
  bundle,
  sel,
  unit,
  onPickUnit,
  peers,
  onPeers,
}: SectionProps) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'rank', asc: true });
  const bump = useMemo(() => {
    const years = unitYears(reg, ds, sel.index, unit).filter((y) => y <= sel.year);
    return bumpChart(reg, ds, sel, years, 5, peers);
  }, [reg, ds, sel, unit, peers]);
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
  // A peer is picked or unpicked in the table; the chart draws it in its own colour and dash.
  const compare = (code: string, name: string) => {
    if (code === unit.code) return null;
    const at = peers.indexOf(code);
    const style = at >= 0 ? pickedStyle(at) : undefined;
    return (
      <label className="compare">
        <input
          type="checkbox"
          checked={at >= 0}
          disabled={at < 0 && peers.length >= MAX_PEERS}
          aria-label={t('comparePeer', { unit: name })}
          onChange={() => onPeers(at >= 0 ? peers.filter((c) => c !== code) : [...peers, code])}
        />
        {style && <Swatch kind={style.kind} color={style.color} />}
      </label>
    );
  };
  // Named from the registry: a picked peer may have no score this year.
  const pickedNames = peers
    .map((c) => unitIn(reg, c, sel.year)?.name)
    .filter((n): n is string => n !== undefined);
  const pickNote = (
    <p className="note compare-note">
      {pickedNames.length > 0 ? (
        <>
          {t('pickedPeers', { units: pickedNames.join(', ') })}{' '}
          <button type="button" className="link" onClick={() => onPeers([])}>
            {t('clearPeers')}
          </button>
        </>
      ) : (
        t('pickPeersHint', { max: MAX_PEERS })
      )}
    </p>
  );
  const table = (
    <table>
      {/* The heading above says it on screen; the caption names the table for screen readers. */}
      <caption className="visually-hidden">{t('rankingTable', { year: sel.year })}</caption>
      <thead>
        <tr>
          {header('rank', t('rank'))}
          {header('name', t('unitCol'))}
          {header('score', t('score'))}
          <th scope="col" className="compare-col">
            {t('compareCol')}
          </th>
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
            <td>{p.score === null ? '—' : formatFixed(p.score, lang)}</td>
            <td className="compare-cell compare-col">{compare(p.unit.code, p.unit.name)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  // The chart's own table: each line drawn, its rank in each year (best in the selected year first).
  const last = bump.years.length - 1;
  const chartTable = (
    <table>
      <caption>{t('bumpTable', { from: bump.years[0] ?? '', to: bump.years[last] ?? '' })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('unitCol')}</th>
          {bump.years.map((y) => (
            <th scope="col" key={y}>
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...bump.lines]
          .sort((a, b) => (a.ranks[last] ?? Infinity) - (b.ranks[last] ?? Infinity))
          .map((l) => (
            <tr key={l.unit.code} className={l.highlighted ? 'current' : undefined}>
              <th scope="row">{l.unit.name}</th>
              {l.ranks.map((r, i) => (
                <td key={bump.years[i]}>{r ?? '—'}</td>
              ))}
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
        table={chartTable}
        notes={
          bump.trimmed ? (
            <p className="note">
              {t(peers.length > 0 ? 'topAndBottomPicked' : 'topAndBottom', {
                edge: 5,
                n: bump.peerCount,
              })}
            </p>
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
        {pickNote}
        {table}
      </div>
    </section>
  );
}
