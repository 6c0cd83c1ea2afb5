// The charts of the overview, each with its table alternative.

import { useMemo, useState } from 'react';
import type { Bundle } from '../../domain/bundle';
import { describeWeakness, peerRanking, topicsForWeakComponents } from '../../domain/analysis';
import { yearsOf } from '../../domain/dataset';
import type { Unit } from '../../domain/model';
import {
  bumpChart,
  componentsView,
  methodBreaks,
  unitOverTime,
  type Selection,
} from '../../domain/series';
import { ChartFrame, SampleBadge } from '../../charts/ChartFrame';
import { RankChart } from '../../charts/RankChart';
import { ScoreChart } from '../../charts/ScoreChart';
import { BumpChart } from '../../charts/BumpChart';
import { ComponentBars } from '../../charts/ComponentBars';
import { useLang } from '../../shared/i18n';
import { formatNumber, formatPercent } from '../../shared/format';
import { indicatorName } from './labels';

interface Props {
  bundle: Bundle;
  sel: Selection;
  unit: Unit;
  onPickUnit: (code: string) => void;
}

export function OverTime({ bundle, sel, unit }: Props) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const years = yearsOf(ds, sel.index, unit.code);
  const points = unitOverTime(reg, ds, sel.index, unit.code, years);
  const breaks = methodBreaks(reg, sel.index, years);
  const sample = points.some((p) => p.sample);
  const sources = [
    ...new Set(
      points.map((p) => p.source).filter((s): s is string => s !== null && s !== 'sample'),
    ),
  ];
  const subtitle = `${unit.name} · ${sel.index} · ${years[0] ?? ''}–${years[years.length - 1] ?? ''}${sources.length ? ` · ${t('source')}: ${sources.length}` : ''}${sample ? ` · ${t('sample')}` : ''}`;
  const describedRanks = points
    .filter((p) => p.rank !== null)
    .map(
      (p) =>
        `${p.year}: ${p.rank}${p.rankOf ? `/${p.rankOf}` : ''} (${p.rankKind === 'official' ? t('official') : t('computed')})`,
    )
    .join('; ');
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
          <th scope="col">{t('national')}</th>
          <th scope="col">{t('peerAverage')}</th>
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
            <td>{p.score === null ? '—' : formatNumber(p.score, lang)}</td>
            <td>{p.national === null ? '—' : formatNumber(p.national, lang)}</td>
            <td>{p.peerPct === null ? '—' : formatPercent(p.peerPct, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const warn = breaks.length > 0 && (
    <p className="note" role="note">
      {t('methodWarning', { versions: breaks.map((b) => `${b.year}: ${b.version}`).join('; ') })}
    </p>
  );
  return (
    <section className="grid-2" aria-label={t('rankOverTime')}>
      <ChartFrame
        title={t('rankOverTime')}
        subtitle={subtitle}
        sample={sample}
        description={`${t('rankOverTime')}, ${unit.name}, ${sel.index}: ${describedRanks || t('noData')}`}
        table={table}
        notes={warn}
      >
        <RankChart points={points} breaks={breaks} />
        <p className="legend-note">
          <span className="dot dot-filled" aria-hidden="true" /> {t('officialLong')} ·{' '}
          <span className="dot dot-hollow" aria-hidden="true" /> {t('computedLong')}
          {breaks.length > 0 && (
            <>
              {' '}
              · <span className="method-mark" aria-hidden="true" />{' '}
              {t('methodChange', { version: breaks.map((b) => b.year).join(', ') })}
            </>
          )}
        </p>
      </ChartFrame>
      <ChartFrame
        title={t('scoreOverTime')}
        subtitle={subtitle}
        sample={sample}
        description={`${t('scoreOverTime')}, ${unit.name}: ${points
          .filter((p) => p.scorePct !== null)
          .map((p) => `${p.year}: ${formatPercent(p.scorePct ?? 0, lang)}`)
          .join('; ')}`}
        table={table}
      >
        <ScoreChart points={points} breaks={breaks} unitName={unit.name} />
      </ChartFrame>
    </section>
  );
}

type SortKey = 'rank' | 'name' | 'score';

export function AmongPeers({ bundle, sel, unit, onPickUnit }: Props) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'rank', asc: true });
  const bump = useMemo(() => {
    const years = yearsOf(ds, sel.index, sel.unitCode).filter((y) => y <= sel.year);
    return bumpChart(reg, ds, sel, years);
  }, [reg, ds, sel]);
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
        ? a.rank - b.rank
        : sort.key === 'score'
          ? a.score - b.score
          : a.unit.name.localeCompare(b.unit.name, 'vi');
    return sort.asc ? d : -d;
  });
  const sample = ranking.some((p) => p.row.source === 'sample');
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
              {p.rank} {p.official ? `(${t('official')})` : ''}
            </td>
            <td>
              <button type="button" className="link" onClick={() => onPickUnit(p.unit.code)}>
                {p.unit.name}
              </button>
            </td>
            <td>{formatNumber(p.score, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-label={t('amongPeers')} className="grid-2">
      <ChartFrame
        title={t('amongPeers')}
        subtitle={`${unit.name} · ${sel.index} · ${bump.years[0] ?? ''}–${sel.year}`}
        sample={bump.lines.some((l) => l.sample)}
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
        {table}
      </div>
    </section>
  );
}

export function SubIndices({ bundle, sel, unit }: Props) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const view = componentsView(reg, ds, sel);
  if (view.standings.length === 0) return null;
  const topics = topicsForWeakComponents(reg.topics, view.weak, sel.index, unit.level);
  const sample = view.standings.some((s) => s.sample);
  const bars = view.standings.map((s) => ({
    code: s.indicator.code,
    label: `${s.indicator.code} ${indicatorName(s.indicator, lang)}`,
    share: s.share,
    peerShare: s.peerShare,
    nationalShare: s.nationalShare,
    weak: s.weak,
  }));
  const table = (
    <table>
      <caption>
        {t('subIndices')} — {unit.name}, {sel.year}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('component')}</th>
          <th scope="col">{t('score')}</th>
          <th scope="col">{t('shareOfMax')}</th>
          <th scope="col">{t('peerAverage')}</th>
          <th scope="col">{t('gap')}</th>
        </tr>
      </thead>
      <tbody>
        {view.standings.map((s) => (
          <tr key={s.indicator.code} className={s.weak ? 'row-weak' : undefined}>
            <th scope="row">
              {s.indicator.code} {indicatorName(s.indicator, lang)}{' '}
              {s.weak && <strong>({t('weak')})</strong>}
            </th>
            <td>
              {formatNumber(s.score, lang)} / {formatNumber(s.max, lang)}
            </td>
            <td>{formatPercent(s.share * 100, lang, 1)}</td>
            <td>{s.peerShare === null ? '—' : formatPercent(s.peerShare * 100, lang, 1)}</td>
            <td>{s.gap === null ? '—' : formatNumber(-s.gap * 100, lang, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="grid-2 subindices" aria-label={t('subIndices')}>
      <ChartFrame
        title={t('subIndices')}
        subtitle={`${unit.name} · ${sel.index} · ${sel.year}`}
        sample={sample}
        description={bars
          .map(
            (b) =>
              `${b.label}: ${formatPercent(b.share * 100, lang, 1)}${b.weak ? ` (${t('weak')})` : ''}`,
          )
          .join('; ')}
        table={table}
      >
        <ComponentBars bars={bars} unitName={unit.name} />
      </ChartFrame>
      <div className="weak-and-topics">
        <h3>{t('weakTitle')}</h3>
        {view.weak.length === 0 ? (
          <p>{t('noWeak')}</p>
        ) : (
          <ul className="weak-list">
            {view.weak.map((w) => (
              <li key={w.indicator.code}>{describeWeakness(w, unit.level, lang)}</li>
            ))}
          </ul>
        )}
        <h3 id="topics-title">{t('topics')}</h3>
        <p className="muted">{t('topicsIntro')}</p>
        {topics.length === 0 ? (
          <p>{t('noTopics')}</p>
        ) : (
          <ol className="topics" aria-labelledby="topics-title">
            {topics.map((s) => (
              <li key={s.topic.id} className="topic">
                <h4>{lang === 'vi' ? s.topic.titleVi : s.topic.titleEn || s.topic.titleVi}</h4>
                <p>
                  {lang === 'vi'
                    ? s.topic.descriptionVi
                    : s.topic.descriptionEn || s.topic.descriptionVi}
                </p>
                <p className="why">
                  <span className="label">{t('whyProposed')}:</span>{' '}
                  {lang === 'vi' ? s.reasonVi : s.reasonEn}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
