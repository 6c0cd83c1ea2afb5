import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
// Noto Sans, bundled (Vietnamese and Latin subsets): the same letters on every projector and in
// every exported image, and nothing requested from a font service.
import './fonts.css';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

// Offline after one visit (training rooms often have no internet). Production builds only.
// This script may run after the load event (index.html loads it after the first paint).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a service worker the dashboard still works online.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
