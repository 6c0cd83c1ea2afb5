// Composition root: the data query, the URL state, the language and the layout.

import { useQuery } from '@tanstack/react-query';
import { bundleQuery, BundleLoadError } from '../data/bundle';
import { Overview, type OverviewSelection } from '../features/overview/Overview';
import { LangProvider, translator, type Lang } from '../shared/i18n';
import { navigate, useSearch } from './url';
import { adjustYear, resolveView, viewToSearch } from './view-state';

function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

export function App() {
  const search = useSearch();
  const query = useQuery(bundleQuery);
  const lang = langFromSearch(search);
  const t = translator(lang);

  const setLang = (next: Lang) => {
    const p = new URLSearchParams(window.location.search);
    p.set('lang', next);
    navigate(`?${p.toString()}`);
  };

  let body;
  if (query.isPending) {
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
    const bundle = query.data;
    const { view, fellBack } = resolveView(search, bundle.registry, bundle.dataset);
    const onChange = (next: Partial<OverviewSelection>) => {
      const index = next.index ?? view.index;
      const unit = next.unit ?? view.unit;
      const year = next.year ?? adjustYear(bundle.dataset, index, unit, view.year);
      navigate(viewToSearch({ ...view, index, unit, year }));
    };
    body = (
      <>
        {fellBack.length > 0 && (
          <p className="notice" role="status">
            {t('fallbackNotice', { what: fellBack.join(', ') })}
          </p>
        )}
        <Overview
          bundle={bundle}
          selection={{ index: view.index, year: view.year, unit: view.unit }}
          onChange={onChange}
        />
      </>
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
        <button
          type="button"
          className="lang"
          onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          aria-label={t('switchLangLabel')}
          lang={lang === 'vi' ? 'en' : 'vi'}
        >
          {t('switchLang')}
        </button>
      </header>
      <main id="main" lang={lang}>
        {body}
      </main>
    </LangProvider>
  );
}
