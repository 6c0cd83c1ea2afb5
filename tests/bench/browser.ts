// Browser benchmarks, in Debian's Chromium against production builds served by vite preview:
// - initial_js_vs_floor: gzip bytes of every script the first view requests (lazy chunks it
//   loads included) ÷ the same for the floor page (React, Recharts, TanStack Query, Papa Parse
//   and one trivial chart, built by the same Vite config);
// - switch_p95_ms: p95 time from changing the year or the unit to the next paint, over 20
//   switches, with sample scores for all 579 Hà Nội communes served in place of scores.csv.

import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../e2e/browser';
import type { Figure } from './figure';
import { hanoiCommunesScores } from './inputs';
import { mapFigures } from './map';

const root = resolve(import.meta.dirname, '..', '..');

/** Builds the app (or another entry) into outDir and serves it with vite preview on a free port. */
export async function buildAndServe(
  outDir: string,
  input?: string,
): Promise<{ server: PreviewServer; url: string }> {
  await build({
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, ...(input ? { rollupOptions: { input } } : {}) },
  });
  const server = await preview({
    root,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { server, url };
}

/** gzip bytes of every JavaScript response the page receives until the network is idle. */
async function firstViewScripts(
  browser: Browser,
  url: string,
  ready: (p: Page) => Promise<void>,
): Promise<number> {
  const page = await browser.newPage();
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(res.body().then((b) => void (total += gzipSync(b, { level: 9 }).length)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await ready(page);
  await Promise.all(pending);
  await page.close();
  return total;
}

async function switchTimes(browser: Browser, url: string, scores: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.route(/\/scores-[\w-]+\.csv$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: scores }),
  );
  // Xã Phú Kim (Thạch Thất): 23 peers; the ranking links give unit switches.
  await page.goto(`${url}?index=PAR&year=2024&unit=09967&lang=vi`, { waitUntil: 'networkidle' });
  await page
    .getByRole('article', { name: /— PAR 2024/ })
    .first()
    .waitFor();
  // The peers section renders when it comes near the screen: scroll to it, as a leader does
  // before clicking a name in the ranking.
  await page.locator('[data-when-visible]').first().scrollIntoViewIfNeeded();
  await page.locator('.ranking tbody button.link').first().waitFor();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    const ms = await page.evaluate<number>(`(async () => {
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await nextPaint();
      const t0 = performance.now();
      if (${i} % 2 === 0) {
        const select = document.getElementById('ctl-year');
        select.value = select.value === '2024' ? '2023' : '2024';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const links = [...document.querySelectorAll('.ranking tbody button.link')];
        links[(${i} * 7) % links.length].click();
      }
      await nextPaint();
      return performance.now() - t0;
    })()`);
    times.push(ms);
  }
  await page.close();
  return times;
}

const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? NaN;
};

export async function browserFigures(): Promise<Figure[]> {
  const app = await buildAndServe(join(root, '.bench', 'dist-app'));
  const floor = await buildAndServe(
    join(root, '.bench', 'dist-floor'),
    join(root, 'tests', 'bench', 'floor', 'index.html'),
  );
  const browser = await launch();
  try {
    const appJs = await firstViewScripts(browser, app.url, (p) =>
      p.getByRole('article').first().waitFor(),
    );
    const floorJs = await firstViewScripts(browser, `${floor.url}tests/bench/floor/`, (p) =>
      p.locator('svg').first().waitFor(),
    );
    const times = await switchTimes(browser, app.url, hanoiCommunesScores());
    const map = await mapFigures(browser, app.url);
    return [
      {
        name: 'initial_js_vs_floor',
        value: Math.round((appJs / floorJs) * 1000) / 1000,
        unit: 'ratio',
        budget: 1.15,
        better: 'lower',
      },
      { name: 'initial_js_gzip_bytes', value: appJs, unit: 'bytes', budget: null, better: 'lower' },
      { name: 'floor_js_gzip_bytes', value: floorJs, unit: 'bytes', budget: null, better: 'lower' },
      {
        name: 'switch_p95_ms',
        value: Math.round(p95(times) * 10) / 10,
        unit: 'ms',
        budget: 100,
        better: 'lower',
      },
      {
        name: 'switch_median_ms',
        value: Math.round(([...times].sort((a, b) => a - b)[10] ?? 0) * 10) / 10,
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      ...map,
    ];
  } finally {
    await browser.close();
    await app.server.close();
    await floor.server.close();
  }
}
