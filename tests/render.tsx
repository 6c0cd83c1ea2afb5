// Renders the whole app at a URL, with a fresh QueryClient (no retries) per test.
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../src/app/App';

export function renderApp(search: string): RenderResult & { client: QueryClient } {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const r = render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { ...r, client };
}

export const params = (): URLSearchParams => new URLSearchParams(window.location.search);
