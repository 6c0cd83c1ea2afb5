// Presenter mode for training rooms: one saved view per slide, full screen, large type, moved by
// keyboard or clicker (PageDown/PageUp), mouse or touch. The slide number has one home, the URL
// (?present=N); the deck (kept in localStorage) follows the view in use until the user edits it.
// What slides draw is in slides.tsx, their images in slide-export.ts, the list in DeckList.tsx.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import '../../shared/i18n-sections';
import {
  isDeckMessage,
  SPEAKER_CHANNEL,
  type DeckMessage,
  type SlideInfo,
} from './speaker-channel';
import type { Bundle } from '../../domain/bundle';
import {
  commandForKey,
  deckReducer,
  defaultDeck,
  slideFor,
  slideRows,
  type DeckAction,
  type DeckState,
  type DeckView,
} from '../../domain/deck';
import { mapSlideFacts } from '../../domain/map';
import { unitIn } from '../../domain/registry';
import { isSample } from '../../domain/model';
import { SampleBadge } from '../../charts/ChartFrame';
import type { ImageSize } from '../../charts/export-image';
import { translator, useLang } from '../../shared/i18n';
import { loadDeck, saveDeck } from './deck-storage';
import { SlideBody, slideTitle } from './slides';
import { speakerInfo, standingText } from './speaker-info';
import { exportSlide } from './slide-export';
import { DeckList } from './DeckList';
import { decodeAddress, encodeAddress } from '../../domain/address';
// This chunk's strings (not part of the first view's dictionary).
import '../../shared/i18n-panels';

/** The size a slide is laid out at (styles.css: .presenter .slide). */
const SLIDE_WIDTH = 1920;
const SLIDE_HEIGHT = 1080;

type Deck = Omit<DeckState, 'current'>;

/** The saved deck if the user made it theirs, else the default deck of the view in use. */
function initialDeck(bundle: Bundle, view: DeckView): Deck {
  const saved = loadDeck();
  const slides =
    saved?.edited === true ? saved.slides : defaultDeck(bundle.registry, bundle.dataset, view);
  return {
    slides: slides.length > 0 ? slides : [slideFor('scorecard', view)],
    blank: false,
    typed: '',
    edited: saved?.edited === true,
  };
}

export function Presenter({
  bundle,
  slideNumber,
  currentView,
  onSlide,
  onExit,
}: {
  bundle: Bundle;
  /** 1-based, from the URL: the only record of which slide is shown. */
  slideNumber: number;
  currentView: DeckView;
  onSlide: (n: number) => void;
  onExit: () => void;
}) {
  const { t, lang } = useLang();
  const root = useRef<HTMLDivElement>(null);
  const [deck, setDeck] = useState<Deck>(() => initialDeck(bundle, currentView));
  const current = Math.max(0, Math.min(deck.slides.length - 1, slideNumber - 1));
  // The latest deck and position, for handlers registered once (keys, the speaker channel).
  const latest = useRef({ deck, current });
  useLayoutEffect(() => {
    latest.current = { deck, current };
  }, [deck, current]);
  const dispatch = useCallback(
    (action: DeckAction) => {
      const before = latest.current;
      const next = deckReducer({ ...before.deck, current: before.current }, action);
      const { current: nextCurrent, ...rest } = next;
      latest.current = { deck: rest, current: nextCurrent };
      setDeck(rest);
      if (nextCurrent !== before.current) onSlide(nextCurrent + 1);
    },
    [onSlide],
  );

  // Keys go to the deck, not to the button that opened it.
  useEffect(() => root.current?.focus(), []);
  // The slide is laid out at 1920×1080 and scaled to the screen, so that a 1366×768 or 1280×720
  // projector shows the same slide as a full-HD one, only smaller (charts and text alike).
  const stage = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const k = Math.min(el.clientWidth / SLIDE_WIDTH, el.clientHeight / SLIDE_HEIGHT);
      el.style.setProperty('--slide-scale', String(k > 0 ? k : 1));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => saveDeck(deck.slides, deck.edited === true), [deck.slides, deck.edited]);
  // A slide number past the end (a stale link) is put right in the URL.
  useEffect(() => {
    if (current + 1 !== slideNumber) onSlide(current + 1);
  }, [current, slideNumber, onSlide]);

  // The speaker window gets each slide's title, takeaway and notes, and may move the deck.
  // Computed once per deck and language, not on every key press.
  const infos: SlideInfo[] = useMemo(
    () => deck.slides.map((sl) => speakerInfo(bundle, sl, translator(lang), lang)),
    [bundle, deck.slides, lang],
  );
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(SPEAKER_CHANNEL);
    const publish = () =>
      ch.postMessage({ type: 'state', current, slides: infos } satisfies DeckMessage);
    ch.onmessage = (e: MessageEvent<unknown>) => {
      if (!isDeckMessage(e.data) || e.data.type !== 'command') return;
      if (e.data.command === 'hello') publish();
      else dispatch({ type: e.data.command });
    };
    publish();
    return () => ch.close();
  }, [current, infos, dispatch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Space and Enter belong to a focused control in the deck list.
      if (
        (e.key === ' ' || e.key === 'Enter' || e.key.startsWith('Arrow')) &&
        target?.closest('button, select, input, summary')
      )
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
  }, [onExit, dispatch]);

  const slide = deck.slides[current];
  const unit = slide ? unitIn(bundle.registry, slide.unit, slide.year) : undefined;
  // A map slide speaks of all the units on it: their sample mark, the boundaries' credit, and
  // the best and worst units as its takeaway.
  const onMap = useMemo(
    () => (slide?.kind === 'map' ? mapSlideFacts(bundle.registry, bundle.dataset, slide) : null),
    [slide, bundle],
  );
  const shownRows = useMemo(
    () => (slide ? slideRows(bundle.registry, bundle.dataset, slide) : []),
    [slide, bundle],
  );
  const sample = shownRows.some(isSample);
  const total = deck.slides.length;
  const bodyRef = useRef<HTMLDivElement>(null);
  const date = new Date().toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const cited = [
    ...new Set(shownRows.filter((r) => !isSample(r) && r.source).map((r) => r.source ?? '')),
  ];
  const sourceText =
    [
      ...(onMap ? [t('mapCredit')] : []),
      ...(cited.length > 2 ? [t('sourcesCount', { n: cited.length })] : cited),
      ...(sample ? [t('sampleLong')] : []),
    ].join('; ') || '—';
  const title = slide && unit ? slideTitle(slide, t, unit.name) : '';
  const names = (fs: readonly { unit: { name: string } }[]) =>
    fs.map((f) => f.unit.name).join(', ');
  const line = onMap
    ? onMap.best.length > 0
      ? t('mapTakeaway', { best: names(onMap.best), worst: names(onMap.worst) })
      : ''
    : slide
      ? standingText(bundle.registry, bundle.dataset, slide, lang)
      : '';

  const onExport = (format: 'png' | 'svg', size: ImageSize) => {
    const el = bodyRef.current;
    if (!slide || !unit || !el) return;
    void exportSlide(
      el,
      {
        title,
        takeaway: line,
        sample: sample ? t('sampleLong') : null,
        footer: `${t('source')}: ${sourceText} · ${date}`,
        number: current + 1,
      },
      format,
      size,
    );
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
      {deck.blank && (
        <div
          className="blank"
          aria-hidden="true"
          onClick={() => dispatch({ type: 'toggle-blank' })}
        />
      )}
      <div className="slide-stage" ref={stage}>
        {slide && unit ? (
          <section
            className="slide"
            aria-live="polite"
            aria-label={`${current + 1}/${total}`}
            onClick={(e) => {
              if (!(e.target as HTMLElement).closest('button, a, details, select'))
                dispatch({ type: 'next' });
            }}
          >
            <h2 className="slide-title">
              {title} {sample && <SampleBadge />}
            </h2>
            <p className="slide-takeaway">{line}</p>
            <div className="slide-body" ref={bodyRef} data-slide-kind={slide.kind}>
              <SlideBody bundle={bundle} slide={slide} responsive />
            </div>
            <footer className="slide-footer">
              <span className="slide-source">
                {t('source')}: {sourceText}
              </span>
              <span>{date}</span>
              <span data-testid="slide-number">
                {current + 1}/{total}
                {deck.typed && ` → ${deck.typed}`}
              </span>
            </footer>
          </section>
        ) : (
          <p>{t('noData')}</p>
        )}
      </div>
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
        <DeckList
          bundle={bundle}
          slides={deck.slides}
          current={current}
          view={currentView}
          onGo={(n) => dispatch({ type: 'goto', slide: n })}
          onMove={(from, to) => dispatch({ type: 'move', from, to })}
          onRemove={(at) => dispatch({ type: 'remove', at })}
          onAdd={(kind) =>
            dispatch({
              type: 'add',
              slide: { ...slideFor(kind, currentView), id: `${kind}-${Date.now()}` },
            })
          }
          onReset={() =>
            dispatch({
              type: 'reset',
              slides: defaultDeck(bundle.registry, bundle.dataset, currentView),
            })
          }
        />
        {deck.edited && <span className="small">{t('editedDeck')}</span>}
        <span role="group" aria-label={t('exportImage')}>
          <button type="button" onClick={() => onExport('png', 'hd')}>
            PNG 1920×1080
          </button>{' '}
          <button type="button" onClick={() => onExport('png', 'a4')}>
            PNG A4
          </button>{' '}
          <button type="button" onClick={() => onExport('svg', 'hd')}>
            SVG
          </button>
        </span>
        <button
          type="button"
          onClick={() => {
            const here = decodeAddress(window.location.search);
            const search = encodeAddress({ ...here, present: null, speaker: true });
            window.open(search, 'cchc-speaker', 'width=900,height=700');
          }}
        >
          {t('speakerWindow')}
        </button>
        <span className="small presenter-keys">{t('presenterKeys')}</span>
        <button type="button" onClick={onExit}>
          {t('leavePresenter')}
        </button>
      </nav>
    </div>
  );
}
