// Map benchmarks, in Debian's Chromium against the production build:
// - map_bytes_gzip: gzip bytes of everything the page fetches when "Bản đồ" is pressed on the
//   first view (the map's code and Hà Nội's boundaries: what the first view does not pay for);
// - map_draw_ms: median time from pressing "Bản đồ" (code and boundaries already in) to the
//   next paint with the 126 units drawn, over 10 draws;
// - map_draw_vs_paths: that ÷ the median time to insert an SVG with the same 126 path strings
//   and fills and paint it, in the same page: what the projection, the classes and React add.

import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Figure } from './figure';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export async function mapFigures(browser: Browser, url: string): Promise<Figure[]> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${url}?index=PAR&year=2025&unit=01&lang=vi`, { waitUntil: 'networkidle' });
  await page.locator('.tile').first().waitFor();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    pending.push(
      res
        .body()
        .then((b) => void (bytes += gzipSync(b, { level: 9 }).length))
        .catch(() => undefined),
    );
  });
  const mapButton = page.getByRole('button', { name: 'Bản đồ', exact: true });
  const chartsButton = page.getByRole('button', { name: 'Biểu đồ', exact: true });
  await mapButton.click();
  await page.locator('svg[data-chart-svg] path[data-code]').nth(125).waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.removeAllListeners('response');

  const draws: number[] = [];
  for (let i = 0; i < 10; i++) {
    await chartsButton.click();
    await page.locator('svg[data-chart-svg]').waitFor({ state: 'detached' });
    const ms = await page.evaluate<number>(`(async () => {
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await nextPaint();
      const t0 = performance.now();
      const button = [...document.querySelectorAll('.view-switch button')].find(
        (b) => b.textContent === 'Bản đồ',
      );
      button.click();
      while (document.querySelectorAll('svg[data-chart-svg] path[data-code]').length < 126)
        await new Promise((r) => setTimeout(r, 1));
      await nextPaint();
      return performance.now() - t0;
    })()`);
    draws.push(ms);
  }
  // The baseline: the same path strings and fills as plain SVG, in the same page.
  const plain: number[] = [];
  for (let i = 0; i < 10; i++) {
    const ms = await page.evaluate<number>(`(async () => {
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const src = document.querySelector('svg[data-chart-svg]');
      const shapes = [...src.querySelectorAll('path[data-code]')].map((p) => [
        p.getAttribute('d'),
        p.getAttribute('fill'),
      ]);
      const host = document.createElement('div');
      document.body.appendChild(host);
      await nextPaint();
      const t0 = performance.now();
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('width', src.getAttribute('width'));
      svg.setAttribute('height', src.getAttribute('height'));
      for (const [d, fill] of shapes) {
        const p = document.createElementNS(ns, 'path');
        p.setAttribute('d', d);
        p.setAttribute('fill', fill.startsWith('url(') ? '#ccc' : fill);
        p.setAttribute('stroke', '#3a3a3a');
        svg.appendChild(p);
      }
      host.appendChild(svg);
      await nextPaint();
      const ms = performance.now() - t0;
      host.remove();
      return ms;
    })()`);
    plain.push(ms);
  }
  await page.close();
  const draw = median(draws);
  const base = median(plain);
  return [
    { name: 'map_bytes_gzip', value: bytes, unit: 'bytes', budget: 60_000, better: 'lower' },
    {
      name: 'map_draw_ms',
      value: Math.round(draw * 10) / 10,
      unit: 'ms',
      budget: null,
      better: 'lower',
    },
    {
      name: 'map_draw_vs_paths',
      value: Math.round((draw / base) * 100) / 100,
      unit: 'ratio',
      budget: null,
      better: 'lower',
    },
  ];
}
