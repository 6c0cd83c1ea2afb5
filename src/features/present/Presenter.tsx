// Presenter mode for training rooms: one saved view per slide, full screen, large type, moved by
// keyboard or clicker (PageDown/PageUp), mouse or touch. The slide number lives in the URL
// (?present=N); the deck is kept in localStorage.

import { useEffect, useMemo, useReducer, useRef } from 'react';
import {
  isDeckMessage,
  SPEAKER_CHANNEL,
  type DeckMessage,
  type SlideInfo,
} from './speaker-channel';
import type { Bundle } from '../../domain/bundle';
import { componentsView, bumpChart, methodBreaks, unitOverTime } from '../../domain/series';
import { unitYears } from '../../domain/lineage';
import { peerRanking, topicsForWeakComponents, describeWeakness } from '../../domain/analysis';
import {
  commandForKey,
  deckReducer,
  defaultDeck,
  parseDeck,
  takeaway,
  type Slide,
} from '../../domain/deck';
import { lookup, seriesRows } from '../../domain/dataset';
import { childrenOf, unitIn } from '../../domain/registry';
import { isSample } from '../../domain/model';
import { RankChart } from '../../charts/RankChart';
import { ScoreChart } from '../../charts/ScoreChart';
import { BumpChart } from '../../charts/BumpChart';
import { ComponentBars } from '../../charts/ComponentBars';
import { SampleBadge } from '../../charts/ChartFrame';
import { composeSlideSvg, fileSafe, svgToPng, type ImageSize } from '../../charts/export-image';
import { embeddedFontCss } from '../../charts/embedded-fonts';
import { downloadBlob } from '../../shared/download';
import { translator, useLang, type Translate } from '../../shared/i18n';
import { formatNumber, formatPercent } from '../../shared/format';
// This chunk's strings (not part of the first view's dictionary).
import '../../shared/i18n-panels';

const DECK_KEY = 'cchc-dashboard:deck';
const CHART_HEIGHT = 560;
const AXIS_WIDTH = 130;

function saveDeck(slides: Slide[]): void {
  try {
    localStorage.setItem(DECK_KEY, JSON.stringify(slides));
  } catch {
    // Private mode: the deck lasts for this visit only.
  }
}

function loadDeck(): Slide[] | null {
  try {
    return parseDeck(localStorage.getItem(DECK_KEY));
  } catch {
    return null;
  }
}

function slideTitle(s: Slide, t: Translate, unitName: string): string {
  const what: Record<Slide['kind'], string> = {
    'indices-over-time': t('rankOverTime'),
    'papi-vs-national': t('subIndices'),
    'among-peers': t('amongPeers'),
    children: t('drillDown'),
    'weak-topics': t('topics'),
    view: t('rankOverTime'),
  };
  return `${what[s.kind]} — ${unitName} · ${s.index === 'PAR' ? 'PAR Index' : s.index} ${s.year}`;
}

/** What the speaker window shows for a slide: title, takeaway, and notes from the data. */
function speakerInfo(bundle: Bundle, slide: Slide, t: Translate, lang: 'vi' | 'en'): SlideInfo {
  const { registry: reg, dataset: ds } = bundle;
  const unit = unitIn(reg, slide.unit, slide.year);
  const notes: string[] = [];
  if (unit) {
    const view = componentsView(reg, ds, {
      index: slide.index,
      year: slide.year,
      unitCode: unit.code,
    });
    for (const w of view.weak.slice(0, 3)) notes.push(describeWeakness(w, unit.level, lang));
    for (const s of topicsForWeakComponents(reg.topics, view.weak, slide.index, unit.level).slice(
      0,
      2,
    )) {
      notes.push(
        lang === 'vi' ? `${s.topic.titleVi}: ${s.reasonVi}` : `${s.topic.titleEn}: ${s.reasonEn}`,
      );
    }
    const row = lookup(ds, slide.index, 'TOTAL', slide.year, slide.unit);
    if (row && isSample(row)) notes.push(t('sampleLong'));
    else if (row?.note) notes.push(row.note);
  }
  return {
    slide,
    title: slideTitle(slide, t, unit?.name ?? slide.unit),
    takeaway: takeaway(reg, ds, slide, lang),
    notes,
  };
}

export function SlideBody({ bundle, slide }: { bundle: Bundle; slide: Slide }) {
  const { t, lang } = useLang();
  const { registry: reg, dataset: ds } = bundle;
  const unit = unitIn(reg, slide.unit, slide.year);
  if (!unit) return <p>{t('noData')}</p>;
  const sel = { index: slide.index, year: slide.year, unitCode: unit.code };
  switch (slide.kind) {
    case 'indices-over-time':
    case 'view': {
      const years = unitYears(reg, ds, slide.index, unit);
      const points = unitOverTime(reg, ds, slide.index, unit, years);
      const breaks = methodBreaks(reg, slide.index, years);
      return (
        <div className="slide-grid">
          <RankChart points={points} breaks={breaks} height={CHART_HEIGHT} axisWidth={AXIS_WIDTH} />
          <ScoreChart
            points={points}
            breaks={breaks}
            unitName={unit.name}
            height={CHART_HEIGHT}
            axisWidth={AXIS_WIDTH}
          />
        </div>
      );
    }
    case 'papi-vs-national':
    case 'weak-topics': {
      const view = componentsView(reg, ds, sel);
      const bars = view.standings.map((s) => ({
        code: s.indicator.code,
        label: `${s.indicator.code} ${lang === 'vi' ? s.indicator.nameVi : s.indicator.nameEn}`,
        share: s.share,
        peerShare: s.peerShare,
        nationalShare: s.nationalShare,
        weak: s.weak,
      }));
      if (slide.kind === 'papi-vs-national') {
        const nat = lookup(ds, slide.index, 'TOTAL', slide.year, 'VN');
        return (
          <div>
            <ComponentBars bars={bars} unitName={unit.name} />
            {nat?.score != null && (
              <p className="slide-note">
                {t('national')}: {formatNumber(nat.score, lang)} / {nat.max ?? 80}
              </p>
            )}
          </div>
        );
      }
      const topics = topicsForWeakComponents(reg.topics, view.weak, slide.index, unit.level).slice(
        0,
        4,
      );
      return (
        <div className="slide-grid">
          <ul className="slide-list">
            {view.weak.slice(0, 5).map((w) => (
              <li key={w.indicator.code}>{describeWeakness(w, unit.level, lang)}</li>
            ))}
          </ul>
          <ol className="slide-list">
            {topics.map((s) => (
              <li key={s.topic.id}>
                <strong>{lang === 'vi' ? s.topic.titleVi : s.topic.titleEn}</strong>
              </li>
            ))}
          </ol>
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
      return bump ? (
        <BumpChart bump={bump} height={CHART_HEIGHT} axisWidth={AXIS_WIDTH} />
      ) : (
        <p>{t('noData')}</p>
      );
    }
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
      ).flatMap((r) => (r.score === null ? [] : [{ ...r, score: r.score }]));
      const max = Math.max(1, ...ranking.map((r) => r.score));
      return (
        <ol className="slide-bars">
          {ranking.map((r) => (
            <li key={r.unit.code}>
              <span className="slide-bar-label">
                {r.rank ?? '—'}. {r.unit.name}
              </span>
              <span className="slide-bar" style={{ width: `${(r.score / max) * 60}%` }} />
              <span>{formatPercent(r.score, lang)}</span>
            </li>
          ))}
        </ol>
      );
    }
  }
}

export function Presenter({
  bundle,
  slideNumber,
  currentView,
  onSlide,
  onExit,
}: {
  bundle: Bundle;
  slideNumber: number;
  currentView: { index: string; year: number; unit: string };
  onSlide: (n: number) => void;
  onExit: () => void;
}) {
  const { t, lang } = useLang();
  const root = useRef<HTMLDivElement>(null);
  const [state, dispatch] = useReducer(deckReducer, null, () => {
    const slides = loadDeck() ?? defaultDeck(bundle.registry, bundle.dataset);
    return {
      slides,
      current: Math.max(0, Math.min(slides.length - 1, slideNumber - 1)),
      blank: false,
      typed: '',
    };
  });

  // Keys go to the deck, not to the button that opened it.
  useEffect(() => root.current?.focus(), []);

  // The deck and the slide number are kept outside React: localStorage and the URL.
  useEffect(() => saveDeck(state.slides), [state.slides]);
  const shown = state.current + 1;
  useEffect(() => {
    if (shown !== slideNumber) onSlide(shown);
  }, [shown, slideNumber, onSlide]);

  // The speaker window gets each slide's title, takeaway and notes, and may move the deck.
  // Computed once per deck and language, not on every key press.
  const infos: SlideInfo[] = useMemo(
    () => state.slides.map((sl) => speakerInfo(bundle, sl, translator(lang), lang)),
    [bundle, state.slides, lang],
  );
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(SPEAKER_CHANNEL);
    const publish = () =>
      ch.postMessage({
        type: 'state',
        current: shown - 1,
        slides: infos,
      } satisfies DeckMessage);
    ch.onmessage = (e: MessageEvent<unknown>) => {
      if (!isDeckMessage(e.data) || e.data.type !== 'command') return;
      if (e.data.command === 'hello') publish();
      else dispatch({ type: e.data.command });
    };
    publish();
    return () => ch.close();
  }, [shown, infos]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Space and Enter belong to a focused control in the deck list.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, select, input, summary'))
        return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const cmd = commandForKey(e.key);
      if (!cmd) return;
      e.preventDefault();
      if (cmd.type === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void root.current?.requestFullscreen?.().catch(() => undefined);
      } else if (cmd.type === 'exit') {
        if (document.fullscreenElement) void document.exitFullscreen();
        onExit();
      } else dispatch(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);

  const slide = state.slides[state.current];
  const unit = slide ? unitIn(bundle.registry, slide.unit, slide.year) : undefined;
  const row = slide
    ? lookup(bundle.dataset, slide.index, 'TOTAL', slide.year, slide.unit)
    : undefined;
  const sample = row ? isSample(row) : false;
  const total = state.slides.length;
  const slideRef = useRef<HTMLElement>(null);

  const exportSlide = async (format: 'png' | 'svg', size: ImageSize) => {
    const el = slideRef.current;
    if (!slide || !unit || !el) return;
    const charts = [...el.querySelectorAll('.slide-body svg.recharts-surface')].filter(
      (x): x is SVGSVGElement => x instanceof SVGSVGElement,
    );
    const lines = [...el.querySelectorAll('.slide-body li')]
      .map((li) => li.textContent?.trim() ?? '')
      .filter(Boolean);
    const date = new Date().toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB');
    const title = slideTitle(slide, t, unit.name);
    const doc = composeSlideSvg(
      charts,
      lines,
      {
        title,
        subtitle: '',
        takeaway: takeaway(bundle.registry, bundle.dataset, slide, lang),
        sample: sample ? t('sampleLong') : null,
        footer: `${t('source')}: ${sample ? t('sampleLong') : row?.source || '—'} · ${date}`,
        fontCss: await embeddedFontCss(),
      },
      size,
    );
    const name = `${fileSafe(`slide-${state.current + 1}-${title}`)}-${size === 'hd' ? '1920x1080' : 'a4'}`;
    if (format === 'svg') downloadBlob(`${name}.svg`, new Blob([doc], { type: 'image/svg+xml' }));
    else downloadBlob(`${name}.png`, await svgToPng(doc, size));
  };

  return (
    <div
      className="presenter"
      tabIndex={-1}
      ref={root}
      role="region"
      aria-roledescription={t('present')}
      aria-label={t('present')}
    >
      {state.blank && (
        <div
          className="blank"
          aria-hidden="true"
          onClick={() => dispatch({ type: 'toggle-blank' })}
        />
      )}
      {slide && unit ? (
        <section
          ref={slideRef}
          className="slide"
          aria-live="polite"
          aria-label={`${state.current + 1}/${total}`}
          onClick={(e) => {
            if (!(e.target as HTMLElement).closest('button, a, details'))
              dispatch({ type: 'next' });
          }}
        >
          <h2 className="slide-title">
            {slideTitle(slide, t, unit.name)} {sample && <SampleBadge />}
          </h2>
          <p className="slide-takeaway">{takeaway(bundle.registry, bundle.dataset, slide, lang)}</p>
          <div className="slide-body">
            <SlideBody bundle={bundle} slide={slide} />
          </div>
          <footer className="slide-footer">
            <span>
              {t('source')}: {sample ? t('sampleLong') : row?.source || '—'}
            </span>
            <span>{new Date().toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</span>
            <span data-testid="slide-number">
              {state.current + 1}/{total}
              {state.typed && ` → ${state.typed}`}
            </span>
          </footer>
        </section>
      ) : (
        <p>{t('noData')}</p>
      )}
      <nav className="presenter-bar" aria-label={t('present')}>
        <button
          type="button"
          onClick={() => dispatch({ type: 'prev' })}
          aria-label={t('prevSlide')}
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: 'next' })}
          aria-label={t('nextSlide')}
        >
          ▶
        </button>
        <details className="deck-list">
          <summary>{t('slideList')}</summary>
          <ol>
            {state.slides.map((s, i) => (
              <li key={`${s.id}-${i}`} aria-current={i === state.current ? 'true' : undefined}>
                <button
                  type="button"
                  className="link"
                  onClick={() => dispatch({ type: 'goto', slide: i + 1 })}
                >
                  {i + 1}.{' '}
                  {slideTitle(s, t, unitIn(bundle.registry, s.unit, s.year)?.name ?? s.unit)}
                </button>{' '}
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'move', from: i, to: i - 1 })}
                  disabled={i === 0}
                  aria-label={`${t('moveUp')} ${i + 1}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'move', from: i, to: i + 1 })}
                  disabled={i === total - 1}
                  aria-label={`${t('moveDown')} ${i + 1}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'remove', at: i })}
                  disabled={total === 1}
                  aria-label={`${t('removeSlide')} ${i + 1}`}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              dispatch({
                type: 'add',
                slide: {
                  id: `view-${currentView.index}-${currentView.unit}-${currentView.year}-${Date.now()}`,
                  kind: 'view',
                  ...currentView,
                },
              })
            }
          >
            {t('addCurrentView')}
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              dispatch({ type: 'reset', slides: defaultDeck(bundle.registry, bundle.dataset) })
            }
          >
            {t('resetDeck')}
          </button>
        </details>
        <span role="group" aria-label={t('exportImage')}>
          <button type="button" onClick={() => void exportSlide('png', 'hd')}>
            PNG 1920×1080
          </button>{' '}
          <button type="button" onClick={() => void exportSlide('png', 'a4')}>
            PNG A4
          </button>{' '}
          <button type="button" onClick={() => void exportSlide('svg', 'hd')}>
            SVG
          </button>
        </span>
        <button
          type="button"
          onClick={() => {
            const p = new URLSearchParams(window.location.search);
            p.delete('present');
            p.set('speaker', '1');
            window.open(`?${p.toString()}`, 'cchc-speaker', 'width=900,height=700');
          }}
        >
          {t('speakerWindow')}
        </button>
        <span className="muted small">{t('presenterKeys')}</span>
        <button type="button" onClick={onExit}>
          {t('leavePresenter')}
        </button>
      </nav>
    </div>
  );
}
