// What each kind of slide draws, in the projector theme: large type, thick lines, charts that
// fill the slide's body. The deck window, its exported images and the speaker window's preview
// draw slides with this one component.

import { lazy, Suspense, type CSSProperties } from 'react';
import '../../shared/i18n-sections';
import type { Bundle } from '../../domain/bundle';
import type { Slide } from '../../domain/deck';
import { methodBreaks, unitOverTime } from '../../domain/series';
import { bumpChart, peerRanking } from '../../domain/peers';
import { componentsView, topicsForWeakComponents, weaknessOf } from '../../domain/weakness';
import { insightText } from '../../shared/insight-messages';
import { unitYears } from '../../domain/lineage';
import { lookup, seriesRows } from '../../domain/dataset';
import { childrenOf, unitIn } from '../../domain/registry';
import { indexShortName } from '../../domain/indices';
import { RankChart } from '../../charts/RankChart';
import { ScoreChart } from '../../charts/ScoreChart';
import { BumpChart } from '../../charts/BumpChart';
import { ComponentBars } from '../../charts/ComponentBars';
import {
  ChartThemeProvider,
  PHONE_SLIDE_THEME,
  PROJECTOR_THEME,
  useChartTheme,
} from '../../charts/theme';
import { useSyncExternalStore } from 'react';
import { Scorecard } from '../../charts/Scorecard';
import { scorecard } from '../../domain/scorecard';
import { useLang, type Translate } from '../../shared/i18n';
import { formatPercent } from '../../shared/format';

/** Units a bar slide lists in full; above it, the ten best and the ten weakest. */
const SLIDE_BARS_MAX = 24;

// The map and its boundaries load with the first map slide.
const MapSlide = lazy(() => import('./MapSlide'));

/** What each kind of slide is called, in its title and in the slide list. */
export const KIND_TITLE: Record<Slide['kind'], Parameters<Translate>[0]> = {
  scorecard: 'scorecardShort',
  'indices-over-time': 'rankOverTime',
  'papi-vs-national': 'subIndices',
  'among-peers': 'amongPeers',
  children: 'drillDown',
  'weak-topics': 'topics',
  map: 'viewMap',
  view: 'rankOverTime',
};

/** "Thứ hạng qua các năm — Huyện Thạch Thất · PAR Index 2023". */
export function slideTitle(s: Slide, t: Translate, unitName: string): string {
  const what = t(KIND_TITLE[s.kind]);
  return s.kind === 'scorecard'
    ? `${what} — ${unitName} · ${s.year}`
    : `${what} — ${unitName} · ${indexShortName(s.index)} ${s.year}`;
}

function Body({ bundle, slide }: { bundle: Bundle; slide: Slide }) {
  const { t, lang } = useLang();
  const phone = useChartTheme() === PHONE_SLIDE_THEME;
  const { registry: reg, dataset: ds } = bundle;
  const unit = unitIn(reg, slide.unit, slide.year);
  if (!unit) return <p>{t('noData')}</p>;
  const sel = { index: slide.index, year: slide.year, unitCode: unit.code };
  switch (slide.kind) {
    case 'scorecard':
      return (
        <Scorecard
          entries={scorecard(reg, ds, unit, slide.year)}
          unit={unit}
          year={slide.year}
          current={slide.index}
          big
        />
      );
    case 'indices-over-time':
    case 'view': {
      const years = unitYears(reg, ds, slide.index, unit);
      const points = unitOverTime(reg, ds, slide.index, unit, years);
      const breaks = methodBreaks(reg, slide.index, years);
      return (
        <div className="slide-grid">
          <RankChart points={points} breaks={breaks} height="fill" />
          <ScoreChart points={points} breaks={breaks} unitName={unit.name} height="fill" />
        </div>
      );
    }
    case 'papi-vs-national':
    case 'weak-topics': {
      const view = componentsView(reg, ds, sel);
      if (slide.kind === 'papi-vs-national') {
        const bars = view.standings.map((s) => ({
          code: s.indicator.code,
          label: `${s.indicator.code} ${lang === 'vi' ? s.indicator.nameVi : s.indicator.nameEn}`,
          share: s.share,
          peerShare: s.peerShare,
          nationalShare: s.nationalShare,
          weak: s.weak,
        }));
        return bars.length > 0 ? (
          // On a phone the names wrap onto several lines: the bars take the height they need.
          <ComponentBars bars={bars} unitName={unit.name} fill={!phone} />
        ) : (
          <p>{t('noData')}</p>
        );
      }
      const topics = topicsForWeakComponents(reg.topics, view.weak, slide.index, unit.level).slice(
        0,
        4,
      );
      return (
        <div className="slide-grid slide-grid-text">
          <div>
            <h3 className="slide-subhead">{t('weakTitle')}</h3>
            <ul className="slide-list">
              {view.weak.slice(0, 4).map((w) => (
                <li key={w.indicator.code}>{insightText(weaknessOf(w, unit.level), lang)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="slide-subhead">{t('topics')}</h3>
            <ol className="slide-list">
              {topics.map((s) => (
                <li key={s.topic.id}>
                  <strong>{lang === 'vi' ? s.topic.titleVi : s.topic.titleEn}</strong>
                </li>
              ))}
            </ol>
          </div>
        </div>
      );
    }
    case 'among-peers': {
      const bump = bumpChart(
        reg,
        ds,
        sel,
        unitYears(reg, ds, slide.index, unit).filter((y) => y <= slide.year),
      );
      return bump ? <BumpChart bump={bump} height="fill" /> : <p>{t('noData')}</p>;
    }
    case 'map':
      return (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <MapSlide bundle={bundle} slide={slide} />
        </Suspense>
      );
    case 'children': {
      const rows = seriesRows(ds, slide.index, 'TOTAL', slide.year);
      const first = childrenOf(reg, unit.code, slide.year).find((c) => rows.has(c.code));
      const ranking = (
        first
          ? peerRanking(
              reg,
              ds,
              { index: slide.index, indicator: 'TOTAL', year: slide.year },
              first,
            )
          : []
      ).flatMap((r) => {
        const row = lookup(ds, slide.index, 'TOTAL', slide.year, r.unit.code);
        const max = row?.max ?? 100;
        return r.score === null ? [] : [{ ...r, pct: (r.score / max) * 100 }];
      });
      // More units than a slide can show at 26 px (Hà Nội's 126 since 2025): the ten best and
      // the ten weakest, side by side, and how many are left out (the map slide shows them all).
      const cut = ranking.length > SLIDE_BARS_MAX;
      const shown = cut ? [...ranking.slice(0, 10), ...ranking.slice(-10)] : ranking;
      // Bars from 0 to 100 % of the maximum: their lengths compare as the scores do.
      return (
        <div className="slide-bars-box">
          {cut && (
            <p className="slide-subhead">
              {t('childrenCut', { n: ranking.length, hidden: ranking.length - 20 })}
            </p>
          )}
          <ol
            className={`slide-bars${shown.length > 12 ? ' slide-bars-2' : ''}`}
            style={{ '--rows': Math.ceil(shown.length / 2) } as CSSProperties}
          >
            {shown.map((r) => (
              <li key={r.unit.code}>
                <span className="slide-bar-label">
                  {r.rank ?? '—'}. {r.unit.name}
                </span>
                <span className="slide-bar-track" aria-hidden="true">
                  <span className="slide-bar" style={{ width: `${Math.min(100, r.pct)}%` }} />
                </span>
                <span className="slide-bar-value">{formatPercent(r.pct, lang)}</span>
              </li>
            ))}
          </ol>
        </div>
      );
    }
  }
}

/** The width under which presenter mode stacks its slides (styles.css says the same). */
const PHONE = '(max-width: 700px)';

function subscribePhone(cb: () => void): () => void {
  const mq = window.matchMedia(PHONE);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}
const isPhone = () => window.matchMedia(PHONE).matches;

/**
 * `responsive`: the slide on screen, which a phone draws in its own theme; exported images and the
 * speaker window's preview are always the projector's.
 */
export function SlideBody({
  bundle,
  slide,
  responsive = false,
}: {
  bundle: Bundle;
  slide: Slide;
  responsive?: boolean;
}) {
  const phone = useSyncExternalStore(subscribePhone, isPhone, () => false);
  return (
    <ChartThemeProvider value={responsive && phone ? PHONE_SLIDE_THEME : PROJECTOR_THEME}>
      <Body bundle={bundle} slide={slide} />
    </ChartThemeProvider>
  );
}
