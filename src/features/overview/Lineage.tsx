// Before and after the reorganisation: the units a new one was formed from (whole or in part),
// or what an old one went into, with their results in the year next to the change. Each is its
// own unit, opened in its own year; nothing here joins two units into one line.

import { lineageOf, type LineageLink } from '../../domain/lineage-links';
import { lookup } from '../../domain/dataset';
import { rankAmongPeers } from '../../domain/analysis';
import { indicatorIn } from '../../domain/registry';
import { isSample } from '../../domain/model';
import type { SectionProps } from './section-props';
import { useLang } from '../../shared/i18n';
// This section's strings load with it (not part of the first view's dictionary).
import '../../shared/i18n-sections';
import { formatDate } from '../../shared/format';
import { formatScore } from '../../shared/display';
import { SampleBadge } from '../../charts/ChartFrame';

export default function LineageSection({
  bundle,
  sel,
  unit,
  onOpen,
}: SectionProps & { onOpen: (code: string, year: number) => void }) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const lineage = lineageOf(reg, unit);
  const table = (links: LineageLink[], caption: string, resultYear: number) => (
    <table className="lineage">
      <caption>
        {caption}{' '}
        {links.some((l) => {
          const row = lookup(ds, sel.index, 'TOTAL', resultYear, l.unit.code);
          return row ? isSample(row) : false;
        }) && <SampleBadge />}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('unit')}</th>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('lineagePart2')}</th>
          <th scope="col">{t('lineageResult', { index: sel.index, year: resultYear })}</th>
          <th scope="col">{t('rank')}</th>
        </tr>
      </thead>
      <tbody>
        {links.map((l) => {
          const y = resultYear;
          const row = lookup(ds, sel.index, 'TOTAL', y, l.unit.code);
          const rank = row
            ? rankAmongPeers(
                reg,
                ds,
                { index: sel.index, indicator: 'TOTAL', year: y },
                l.unit.code,
              )
            : null;
          const max = row?.max ?? indicatorIn(reg, sel.index, 'TOTAL', y)?.max ?? 100;
          return (
            <tr key={`${l.unit.code}|${l.date}`}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(l.unit.code, y)}
                  aria-label={t('lineageOpen', { unit: l.unit.name, year: y })}
                >
                  {l.unit.name}
                </button>
              </th>
              <td>{l.unit.code}</td>
              <td>{l.whole ? t('lineageWhole') : t('lineagePart')}</td>
              <td>
                {row?.score !== null && row?.score !== undefined
                  ? formatScore(row.score, max, lang)
                  : t('lineageNoData')}
              </td>
              <td>
                {rank
                  ? `${rank.rank}/${rank.kind === 'official' ? (rank.of ?? '?') : rank.withData}`
                  : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  const first = lineage.before[0] ?? lineage.after[0];
  if (!first) return null;
  const date = formatDate(first.date);
  const changeYear = Number(first.date.slice(0, 4));
  return (
    <section className="lineage-section" aria-label={t('lineageTitle')}>
      <h2>{t('lineageTitle')}</h2>
      {lineage.before.length > 0 &&
        table(lineage.before, t('lineageBefore', { date, unit: unit.name }), changeYear - 1)}
      {lineage.after.length > 0 &&
        table(lineage.after, t('lineageAfter', { date, unit: unit.name }), changeYear)}
    </section>
  );
}
