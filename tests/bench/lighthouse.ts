// Lighthouse (v12, which runs on Node 20) against the production build, in Debian's Chromium.
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from '../e2e/browser';
import type { Figure } from './figure';
import { buildAndServe } from './browser';

const root = resolve(import.meta.dirname, '..', '..');

export async function lighthouseFigures(): Promise<Figure[]> {
  const { server, url: base } = await buildAndServe(join(root, '.bench', 'dist-lh'));
  const url = `${base}?index=PAR&year=2024&unit=01&lang=vi`;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const cats = result?.lhr.categories;
    const score = (c: { score: number | null } | undefined) => Math.round((c?.score ?? 0) * 100);
    const audit = (id: string) => Math.round(result?.lhr.audits[id]?.numericValue ?? 0);
    return [
      {
        name: 'lighthouse_fcp_ms',
        value: audit('first-contentful-paint'),
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      {
        name: 'lighthouse_lcp_ms',
        value: audit('largest-contentful-paint'),
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      {
        name: 'lighthouse_tbt_ms',
        value: audit('total-blocking-time'),
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      {
        name: 'lighthouse_cls_x1000',
        value: Math.round(
          (result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000,
        ),
        unit: 'cls×1000',
        budget: null,
        better: 'lower',
      },
      {
        name: 'lighthouse_performance',
        value: score(cats?.performance),
        unit: 'score',
        budget: 95,
        better: 'higher',
      },
      {
        name: 'lighthouse_accessibility',
        value: score(cats?.accessibility),
        unit: 'score',
        budget: 100,
        better: 'higher',
      },
    ];
  } finally {
    chrome.kill();
    await server.close();
  }
}
