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
import { adjustYear, resolveView, viewToSearch, type MapParams } from './view-state';

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

function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

export function App() {
  const search = useSearch();
  const query = useQuery(bundleQuery);
  const uploads = useQuery(uploadsQuery);
  useUploadsFromOtherTabs();
  const wanted = langFromSearch(search);
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
  const params = new URLSearchParams(search);
  const panelOpen = params.get('panel') === 'data';
  const presentParam = params.get('present');
  const slideNumber =
    presentParam !== null && /^\d+$/.test(presentParam) ? Math.max(1, Number(presentParam)) : null;
  const setPresent = useCallback((n: number | null) => {
    const p = new URLSearchParams(window.location.search);
    if (n === null) p.delete('present');
    else p.set('present', String(n));
    // Moving between slides replaces the history entry; entering and leaving adds one.
    navigate(
      `?${p.toString()}`,
      n !== null && p.has('present') && new URLSearchParams(window.location.search).has('present')
        ? 'replace'
        : 'push',
    );
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

  const togglePanel = () => {
    const p = new URLSearchParams(window.location.search);
    if (panelOpen) p.delete('panel');
    else p.set('panel', 'data');
    navigate(`?${p.toString()}`);
  };

  // The other language's strings are fetched when the pointer or focus reaches the toggle, and
  // the URL changes once they are in: the page switches in one step.
  const otherLang: Lang = lang === 'vi' ? 'en' : 'vi';
  const prefetchLang = () => void loadMessages(otherLang).catch(() => undefined);
  const setLang = (next: Lang) => {
    void loadMessages(next)
      .catch(() => undefined)
      .then(() => {
        const p = new URLSearchParams(window.location.search);
        p.set('lang', next);
        navigate(`?${p.toString()}`);
      });
  };

  let body;
  if (query.isPending || langPending || (query.isSuccess && !shown)) {
    body = (
      <div className="state" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {t('loading')}
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
    const { view, fellBack } = resolveView(search, bundle.registry, bundle.dataset);
    const onChange = (next: Partial<OverviewSelection>) => {
      const index = next.index ?? view.index;
      const unit = next.unit ?? view.unit;
      const year = next.year ?? adjustYear(bundle.registry, bundle.dataset, index, unit, view.year);
      // Another index has other sub-indices: the map goes back to the total.
      const map = view.map && index !== view.index ? { ...view.map, indicator: 'TOTAL' } : view.map;
      navigate(
        `${viewToSearch({ ...view, index, unit, year, map })}${panelOpen ? '&panel=data' : ''}`,
      );
    };
    const onMap = (map: MapParams | null) =>
      navigate(`${viewToSearch({ ...view, map })}${panelOpen ? '&panel=data' : ''}`);
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
          selection={{ index: view.index, year: view.year, unit: view.unit }}
          onChange={onChange}
          map={view.map ?? null}
          onMap={onMap}
        />
      </>
    );
  }

  if (params.get('speaker') === '1') {
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
