// Writes sw.js into the build: a service worker that precaches every file of this build (the
// app, its lazy chunks and the data files), so that after one visit the dashboard opens and
// shows its data with no network. A new build has a new file list, hence a new cache name:
// the browser installs it on the next online visit and the old cache is deleted.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Files under public/, which Vite copies as they are. */
function publicFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
  } catch {
    return [];
  }
}

export function serviceWorker(publicDir = 'public'): Plugin {
  return {
    name: 'cchc-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...publicFiles(publicDir)].filter(
        (f) => !f.endsWith('.map') && f !== 'sw.js',
      );
      const list = ['./', ...files.map((f) => `./${f}`)].sort();
      let h = 0;
      for (const c of list.join('\n')) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
      const cache = `cchc-${(h >>> 0).toString(36)}`;
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `// Generated at build time (sw-plugin.ts).
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(list)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cchc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // The page itself: the network when there is one (so updates are seen), else the cache.
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put('./', copy));
          return res;
        })
        .catch(() => caches.open(CACHE).then((c) => c.match('./', { ignoreVary: true })).then((r) => r || Response.error())),
    );
    return;
  }
  // Hashed files never change: the cache first.
  // Module scripts send an Origin header the precache requests did not: ignore Vary.
  event.respondWith(caches.open(CACHE).then((c) => c.match(req.url, { ignoreVary: true }).then((hit) => hit || fetch(req))));
});
`,
      });
    },
  };
}
