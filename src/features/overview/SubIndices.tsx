// Sub-indices against the peer average, the weak ones in words, and the training topics.
// Loaded on demand: the first view (Hà Nội's PAR total) has no components.
import type { SectionProps } from './section-props';
import '../../shared/i18n-sections';
import { topicsForWeakComponents, componentsView, weaknessOf } from '../../domain/weakness';
import { insightText } from '../../shared/insight-messages';
import { ChartFrame } from '../../charts/ChartFrame';
import { ComponentBars } from '../../charts/ComponentBars';
import { useLang } from '../../shared/i18n';
import { formatFixed, formatNumber, formatPercent, formatSigned } from '../../shared/format';
import { indicatorName } from './labels';

export default function SubIndices({ bundle, sel, unit }: SectionProps) {
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
    previousShare: s.previousShare,
    weak: s.weak,
  }));
  const hasPrevious = view.standings.some((s) => s.previousShare !== null);
  // The table reads from the largest shortfall against the peers (or, without peers, from the
  // lowest share of max): the first rows are what to work on.
  const byGap = [...view.standings].sort(
    (a, b) =>
      (a.gap === null ? 1 : 0) - (b.gap === null ? 1 : 0) ||
      (b.gap ?? 0) - (a.gap ?? 0) ||
      a.share - b.share,
  );
  // Differences in percentage points; the unit is in the column's head.
  const points = (x: number) => formatSigned(x * 100, lang);
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
          {hasPrevious && (
            <>
              <th scope="col">{t('previousYearCol', { year: sel.year - 1 })}</th>
              <th scope="col">
                {t('changeSince', { year: sel.year - 1 })} ({t('pointsPct')})
              </th>
            </>
          )}
          <th scope="col">{t('peerAverage')}</th>
          <th scope="col">
            {t('gap')} ({t('pointsPct')})
          </th>
        </tr>
      </thead>
      <tbody>
        {byGap.map((s) => (
          <tr key={s.indicator.code} className={s.weak ? 'row-weak' : undefined}>
            <th scope="row">
              {s.indicator.code} {indicatorName(s.indicator, lang)}{' '}
              {s.weak && <strong>({t('weak')})</strong>}
            </th>
            <td>
              {formatFixed(s.score, lang)} / {formatNumber(s.max, lang)}
            </td>
            <td>{formatPercent(s.share * 100, lang)}</td>
            {hasPrevious && (
              <>
                <td>
                  {s.previousShare === null ? '—' : formatPercent(s.previousShare * 100, lang)}
                </td>
                <td>{s.previousShare === null ? '—' : points(s.share - s.previousShare)}</td>
              </>
            )}
            <td>{s.peerShare === null ? '—' : formatPercent(s.peerShare * 100, lang)}</td>
            <td>{s.gap === null ? '—' : points(-s.gap)}</td>
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
        source={sample ? t('sampleLong') : undefined}
        description={bars
          .map(
            (b) =>
              `${b.label}: ${formatPercent(b.share * 100, lang, 1)}${b.weak ? ` (${t('weak')})` : ''}`,
          )
          .join('; ')}
        table={table}
      >
        <ComponentBars bars={bars} unitName={unit.name} previousYear={sel.year - 1} />
      </ChartFrame>
      <div className="weak-and-topics">
        <h3>{t('weakTitle')}</h3>
        {view.tooFew ? (
          <p>{t('tooFewComponents', view.tooFew)}</p>
        ) : view.weak.length === 0 ? (
          <p>{t('noWeak')}</p>
        ) : (
          <ul className="weak-list">
            {view.weak.map((w) => (
              <li key={w.indicator.code}>{insightText(weaknessOf(w, unit.level), lang)}</li>
            ))}
          </ul>
        )}
        <h3 id="topics-title">{t('topics')}</h3>
        <p className="muted">{t('topicsIntro')}</p>
        {topics.length === 0 ? (
          <p>{t(view.tooFew ? 'noTopicsTooFew' : 'noTopics')}</p>
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
                  <span className="label">{t('whyProposed')}:</span> {insightText(s.reason, lang)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
