// Composition root: the data query, the URL state, the language and the layout.

import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { bundleQuery, BundleLoadError } from '../data/bundle';
import { activeDatasetQuery, uploadsKeys, uploadsQuery } from '../data/uploads';
import { CHANNEL_NAME } from '../data/store-names';
import { Overview, type OverviewSelection } from '../features/overview/Overview';
import { LangProvider, loadMessages, messagesLoaded, translator, type Lang } from '../shared/i18n';
import { emptyDataset } from '../domain/dataset';
import { buildRegistry } from '../domain/registry';

const NO_REGISTRY = buildRegistry({ units: [], indicators: [] });
import { navigate, useSearch } from './url';
import { isPrintShortcut, requestPrint } from '../shared/print';
import {
  adjustYear,
  decodeAddress,
  encodeAddress,
  resolveView,
  validPeers,
  viewToSearch,
  type Address,
  type MapParams,
} from './view-state';

// The upload panel and presenter mode are not part of the first view.
const SpeakerView = lazy(() =>
  import('../features/present/SpeakerView').then((m) => ({ default: m.SpeakerView })),
);
const Presenter = lazy(() =>
  import('../features/present/Presenter').then((m) => ({ default: m.Presenter })),
);
const UploadPanel = lazy(() =>
  import('../features/upload/UploadPanel').then((m) => ({ default: m.UploadPanel })),
);

/** Another tab committed or rolled back: reload the uploads (the message itself is not trusted). */
function useUploadsFromOtherTabs(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const d = e.data;
      if (typeof d === 'object' && d !== null && (d as { type?: unknown }).type === 'changed') {
        void queryClient.invalidateQueries({ queryKey: uploadsKeys.all });
      }
    };
    return () => channel.close();
  }, [queryClient]);
}

/** Change some parts of the address in the bar, through the one codec. */
function navigateTo(patch: Partial<Address>, mode: 'push' | 'replace' = 'push'): void {
  navigate(encodeAddress({ ...decodeAddress(window.location.search), ...patch }), mode);
}

/** Ctrl+P prints the handout once the page is ready, as the print button does. */
function usePrintShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintShortcut(e)) return;
      e.preventDefault();
      requestPrint();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const search = useSearch();
  const query = useQuery(bundleQuery);
  const uploads = useQuery(uploadsQuery);
  useUploadsFromOtherTabs();
  usePrintShortcut();
  const address = decodeAddress(search);
  const wanted = address.lang;
  // The language shown: the one asked for once its strings are in (English loads on demand);
  // on a switch the page stays in the previous language until then, never blank.
  const messages = useQuery({
    queryKey: ['messages', wanted],
    queryFn: () => loadMessages(wanted),
    staleTime: Infinity,
    gcTime: Infinity,
    initialData: messagesLoaded(wanted) ? wanted : undefined,
    placeholderData: keepPreviousData,
  });
  // If English cannot load (offline, before the app was cached), the page stays Vietnamese.
  const lang: Lang = messages.data ?? 'vi';
  const langPending = messages.data === undefined && !messages.isError;
  const t = translator(lang);
  const panelOpen = address.panel;
  const slideNumber = address.present;
  const setPresent = useCallback((n: number | null) => {
    // Moving between slides replaces the history entry; entering and leaving adds one.
    const inDeck = decodeAddress(window.location.search).present !== null;
    navigateTo({ present: n }, n !== null && inDeck ? 'replace' : 'push');
  }, []);
  const generation = uploads.data?.state.generation ?? 0;
  const activeData = useQuery({
    ...activeDatasetQuery(
      query.data?.dataset ?? emptyDataset,
      query.data?.registry ?? NO_REGISTRY,
      generation,
    ),
    enabled: query.isSuccess && uploads.isSuccess && generation > 0,
    placeholderData: keepPreviousData,
  });
  // One object per data change, so that what is memoised on it survives a year or unit switch.
  const active = useMemo(
    () =>
      query.data && activeData.data && generation > 0
        ? {
            ...query.data,
            // Units and changes uploaded on top of the bundled registry (another province's).
            registry: activeData.data.registry,
            dataset: activeData.data.dataset,
          }
        : query.data,
    [query.data, activeData.data, generation],
  );
  // New data (the first load, an upload) is drawn in a background render that React splits into
  // short slices, so the page stays responsive while every chart is built. Switching year or
  // unit does not change the data and is drawn at once.
  const shown = useDeferredValue(active);

  const togglePanel = () => navigateTo({ panel: !panelOpen });

  // The other language's strings are fetched when the pointer or focus reaches the toggle, and
  // the URL changes once they are in: the page switches in one step.
  const otherLang: Lang = lang === 'vi' ? 'en' : 'vi';
  const prefetchLang = () => void loadMessages(otherLang).catch(() => undefined);
  const setLang = (next: Lang) => {
    void loadMessages(next)
      .catch(() => undefined)
      .then(() => navigateTo({ lang: next }));
  };

  let body;
  if (query.isPending || langPending || (query.isSuccess && !shown)) {
    body = (
      <div className="state" role="status" aria-live="polite" data-pending="">
        <span className="spinner" aria-hidden="true" /> {t('loading')}
        <span className="print-only"> {t('printNotReady')}</span>
      </div>
    );
  } else if (query.isError) {
    const e = query.error;
    body = (
      <div className="state state-error" role="alert">
        <h2>{t('loadError')}</h2>
        <p>{e instanceof BundleLoadError ? `${e.file}: ${e.detail}` : e.message}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  } else {
    const bundle = shown ?? query.data;
    const { view, fellBack } = resolveView(address, bundle.registry, bundle.dataset);
    const onChange = (next: Partial<OverviewSelection>) => {
      const index = next.index ?? view.index;
      const unit = next.unit ?? view.unit;
      const year = next.year ?? adjustYear(bundle.registry, bundle.dataset, index, unit, view.year);
      // Another index has other sub-indices: the map goes back to the total.
      const map = view.map && index !== view.index ? { ...view.map, indicator: 'TOTAL' } : view.map;
      // Picked peers stay while they are still the unit's peers (another unit has others).
      const peers = validPeers(bundle.registry, unit, year, next.peers ?? view.peers ?? []);
      navigate(viewToSearch({ ...view, index, unit, year, map, peers }, address));
    };
    const onMap = (map: MapParams | null) => navigate(viewToSearch({ ...view, map }, address));
    body = (
      <>
        {fellBack.length > 0 && (
          <p className="notice" role="status">
            {t('fallbackNotice', { what: fellBack.join(', ') })}
          </p>
        )}
        {slideNumber !== null && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Presenter
              bundle={bundle}
              slideNumber={slideNumber}
              currentView={{ index: view.index, year: view.year, unit: view.unit }}
              onSlide={setPresent}
              onExit={() => setPresent(null)}
            />
          </Suspense>
        )}
        {panelOpen && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <UploadPanel bundle={query.data} uploads={uploads.data} uploadsError={uploads.error} />
          </Suspense>
        )}
        <Overview
          bundle={bundle}
          selection={{
            index: view.index,
            year: view.year,
            unit: view.unit,
            peers: view.peers ?? [],
          }}
          onChange={onChange}
          map={view.map ?? null}
          onMap={onMap}
        />
      </>
    );
  }

  if (address.speaker) {
    return (
      <LangProvider lang={lang}>
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <SpeakerView bundle={shown ?? query.data} />
        </Suspense>
      </LangProvider>
    );
  }

  return (
    <LangProvider lang={lang}>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="muted">{t('appSubtitle')}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="lang" onClick={() => setPresent(1)}>
            {t('present')}
          </button>
          <button type="button" className="lang" onClick={requestPrint}>
            {t('print')}
          </button>
          <button type="button" className="lang" aria-pressed={panelOpen} onClick={togglePanel}>
            {t('dataPanel')}
          </button>
          <button
            type="button"
            className="lang"
            onClick={() => setLang(otherLang)}
            onPointerEnter={prefetchLang}
            onFocus={prefetchLang}
            aria-label={t('switchLangLabel')}
            lang={otherLang}
          >
            {t('switchLang')}
          </button>
        </div>
      </header>
      <main id="main" lang={lang}>
        {body}
      </main>
    </LangProvider>
  );
}
