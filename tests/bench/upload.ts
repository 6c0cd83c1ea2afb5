// upload_longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask') while
// the 57 MB benchmark file is uploaded, parsed, validated, previewed and committed in headless
// Chromium, and while the page then loads the stored rows. The app's bundled registry is swapped
// for the benchmark's (3,321 communes) by routing its CSV requests.
// upload_vs_papa_worker: the end-to-end time from choosing the file to "Đã nhập" ÷ a bare
// Papa.parse of the same file in a worker of the same page; the medians of three runs each.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/browser';
import type { Figure } from './figure';
import { buildAndServe } from './browser';
import { writeBenchInputs } from './inputs';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

const INIT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__uploadStart = null;
  window.__uploadDone = null;
  document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') window.__uploadStart = performance.now(); }, true);
  new MutationObserver(() => {
    if (window.__uploadDone === null && document.body && /Đã nhập /.test(document.body.textContent || '')) window.__uploadDone = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

interface Run {
  /** From choosing the file to "Đã nhập". */
  uploadMs: number;
  longest: number;
  longTasks: number;
}

/** Runs per side: the ratio is of the medians. */
const RUNS = Number(process.env.UPLOAD_RUNS ?? 3);
/** Where a run is, on stderr (a run takes a minute). */
const step = (what: string): void => {
  process.stderr.write(`upload bench: ${what} ${new Date().toISOString()}\n`);
};

export async function uploadFigures(): Promise<Figure[]> {
  const files = writeBenchInputs();
  const { server, url: base } = await buildAndServe(join(root, '.bench', 'dist-app'));
  const url = base;
  const browser = await launch();
  try {
    const runs: Run[] = [];
    // Each run in a fresh context: its own IndexedDB, nothing stored before.
    const papa: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await uploadOnce(browser, url, files));
      papa.push(await papaInWorker(browser, url, files.scores));
    }
    const uploadMs = median(runs.map((r) => r.uploadMs));
    const papaMs = median(papa);
    return [
      {
        name: 'upload_longest_task_ms',
        value: Math.round(Math.max(...runs.map((r) => r.longest))),
        unit: 'ms',
        budget: 200,
        better: 'lower',
      },
      {
        name: 'upload_vs_papa_worker',
        value: Math.round((uploadMs / papaMs) * 100) / 100,
        unit: 'ratio',
        budget: 2.5,
        better: 'lower',
      },
      {
        name: 'upload_end_to_end_ms',
        value: Math.round(uploadMs),
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      {
        name: 'papa_worker_ms',
        value: Math.round(papaMs),
        unit: 'ms',
        budget: null,
        better: 'lower',
      },
      {
        name: 'upload_long_tasks',
        value: Math.max(...runs.map((r) => r.longTasks)),
        unit: 'count',
        budget: null,
        better: 'lower',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

async function uploadOnce(
  browser: Browser,
  url: string,
  files: ReturnType<typeof writeBenchInputs>,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') step(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => step(`page error: ${e.message}`));
    const units = readFileSync(files.units, 'utf8');
    const indicators = readFileSync(files.indicators, 'utf8');
    // The bundled scores, against the benchmark registry: one commune's PAR total.
    const scores =
      'index,year,unit_code,indicator,score,max,rank,rank_of,group,source,note\nPAR,2015,20000,TOTAL,80,,,,,sample,\n';
    await page.route(/\/units-[\w-]+\.csv$/, (r) =>
      r.fulfill({ status: 200, contentType: 'text/csv', body: units }),
    );
    await page.route(/\/indicators-[\w-]+\.csv$/, (r) =>
      r.fulfill({ status: 200, contentType: 'text/csv', body: indicators }),
    );
    await page.route(/\/scores-[\w-]+\.csv$/, (r) =>
      r.fulfill({ status: 200, contentType: 'text/csv', body: scores }),
    );
    const headers: Record<string, string> = {
      topics: 'id,title_vi,title_en,targets,levels,description_vi,description_en,source\n',
      methods: 'index,from_year,to_year,version,note,source\n',
      'unit-changes': 'date,old_code,new_code,kind\n',
    };
    await page.route(/\/(topics|methods|unit-changes)-[\w-]+\.csv$/, (r) => {
      const name = /\/(topics|methods|unit-changes)-/.exec(r.request().url())?.[1] ?? 'topics';
      return r.fulfill({ status: 200, contentType: 'text/csv', body: headers[name] ?? '' });
    });
    await page.addInitScript(INIT);
    await page.goto(`${url}?index=PAR&year=2015&unit=20000&lang=vi&panel=data`, {
      waitUntil: 'networkidle',
    });
    await page
      .getByRole('article', { name: /— PAR 2015/ })
      .first()
      .waitFor({ timeout: 60_000 });
    const before = await page.evaluate<number>('window.__longTasks.length');

    step('choosing the file');
    await page.getByLabel('Tải lên tệp CSV').setInputFiles(files.scores);
    const preview = page.getByRole('article', { name: 'scores-long.csv' });
    await preview.getByText('Không có lỗi.').waitFor({ timeout: 300_000 });
    step('previewed; committing');
    await preview.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText(/^Đã nhập /).waitFor({ timeout: 300_000 });
    step('committed');
    // The page then loads the stored rows: wait until a value only the upload has shows.
    await page
      .getByRole('article', { name: /— PAR 2015/ })
      .first()
      .getByTestId('score')
      .filter({ hasNotText: '80\u00a0%' })
      .waitFor({ timeout: 300_000 });
    const { tasks, start, done } = await page.evaluate<{
      tasks: { start: number; duration: number }[];
      start: number;
      done: number;
    }>(
      `({ tasks: window.__longTasks.slice(${before}), start: window.__uploadStart, done: window.__uploadDone })`,
    );
    const longest = tasks
      .filter((t) => t.start >= start)
      .reduce((m, t) => Math.max(m, t.duration), 0);

    return { uploadMs: done - start, longest, longTasks: tasks.length };
  } finally {
    await context.close();
  }
}

/**
 * A bare Papa.parse of the same file (decoded there) in a worker, in a page of the same origin in
 * the same browser. Not the app's page: its Content-Security-Policy (rightly) refuses a worker made
 * from a blob, and its service worker would answer any navigation with the app.
 */
async function papaInWorker(browser: Browser, url: string, file: string): Promise<number> {
  step('bare Papa.parse in a worker');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const papa = readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8');
    const bytes = readFileSync(file);
    const here = new URL('__papa-baseline/', url).toString();
    await page.route(`${here}**`, (r) => {
      const path = new URL(r.request().url()).pathname;
      if (path.endsWith('/papa.js'))
        return r.fulfill({ status: 200, contentType: 'text/javascript', body: papa });
      if (path.endsWith('/file.csv'))
        return r.fulfill({ status: 200, contentType: 'text/csv', body: bytes });
      return r.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>papa</title>',
      });
    });
    await page.goto(here);
    return await page.evaluate(async () => {
      const buf = await (await fetch('file.csv')).arrayBuffer();
      const code = `importScripts('${location.origin}/__papa-baseline/papa.js');
self.onmessage = (e) => { const t = performance.now(); const text = new TextDecoder().decode(e.data); Papa.parse(text, { delimiter: ',' }); self.postMessage(performance.now() - t); };`;
      const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      const ms = await new Promise<number>((res) => {
        w.onmessage = (e: MessageEvent<number>) => res(e.data);
        w.postMessage(buf, [buf]);
      });
      w.terminate();
      return ms;
    });
  } finally {
    await context.close();
  }
}
