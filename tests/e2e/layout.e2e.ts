// The layout check, on every build: every view (province, district, commune; each index; both
// languages) at 1920×1080, 1366×768 and 390×844, and every slide of the default deck at
// 1920×1080, in Chromium on the production build. It fails on what a reader would see as broken:
// text boxes that overlap or touch, a label cut by its chart or its box, slide text under 20 px,
// a colour-contrast violation, or an exported PNG that is one colour. No exception list.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import inspectSource from '../support/layout-inspect.js?raw';
import AxeSource from 'axe-core/axe.min.js?raw';
import { browserForFile, drawEverySection } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

interface Problem {
  kind: string;
  what: string;
}

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

/** Hà Nội (a province), Thạch Thất (a district until 2025), Xã Thạch Thất (a commune since). */
const UNITS = [
  { unit: '01', year: 2024 },
  { unit: '276', year: 2023 },
  { unit: '09955', year: 2025 },
];
/** Decks: the three units, and Hà Nội in 2025 (its 126 units: the map and the cut bar list). */
const DECKS = [...UNITS, { unit: '01', year: 2025 }];
const VIEWS = [
  ...UNITS.flatMap((u) => ['PAR', 'SIPAS', 'PAPI'].map((index) => ({ ...u, index, lang: 'vi' }))),
  ...UNITS.map((u) => ({ ...u, index: 'PAR', lang: 'en' })),
].map((v) => `?index=${v.index}&year=${v.year}&unit=${v.unit}&lang=${v.lang}`);
/** The map: Hà Nội's units, a commune's (outlined, named), the provinces, a year with no map. */
const MAP_VIEWS = [
  '?index=PAR&year=2025&unit=01&lang=vi&view=map',
  '?index=SIPAS&year=2025&unit=09955&lang=vi&view=map',
  '?index=PAR&year=2025&unit=09955&lang=en&view=map',
  '?index=PAR&year=2025&unit=01&lang=vi&view=map&layer=provinces',
  '?index=PAR&year=2023&unit=276&lang=vi&view=map',
];

/** Opens a view and waits until every section (the lazy ones included) has drawn. */
async function openView(page: Page, search: string): Promise<void> {
  await page.goto(new URL(search, baseUrl).toString(), { waitUntil: 'networkidle' });
  await drawEverySection(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function inspect(page: Page, root: string, minFont?: number): Promise<Problem[]> {
  await page.evaluate(inspectSource);
  return page.evaluate(
    ([r, f]) =>
      (
        window as unknown as {
          __layoutInspect: (root: string, opts: { minFont?: number }) => Problem[];
        }
      ).__layoutInspect(r as string, { minFont: f as number | undefined }),
    [root, minFont] as const,
  );
}

async function contrast(page: Page): Promise<string[]> {
  await page.evaluate(AxeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
  });
}

describe('the layout inspector', () => {
  it('sees overlapping, touching, cut, overflowing and small text (it can fail)', async () => {
    const page = await browser().newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent(`
      <div id="root" style="font: 16px sans-serif">
        <p style="position:absolute;left:10px;top:10px;margin:0">Hạng 3/63</p>
        <p style="position:absolute;left:60px;top:12px;margin:0">2024</p>
        <p style="position:absolute;left:10px;top:60px;margin:0">2012</p>
        <p style="position:absolute;left:49px;top:60px;margin:0">2013</p>
        <svg width="100" height="40" style="position:absolute;left:10px;top:120px">
          <text x="60" y="20" font-size="16">Huyện Thạch Thất</text>
        </svg>
        <div style="position:absolute;left:10px;top:200px;width:60px;overflow:hidden;white-space:nowrap">
          Thành phố Hà Nội
        </div>
        <p style="position:absolute;left:10px;top:260px;font-size:12px;margin:0">nhỏ</p>
      </div>`);
    const problems = await inspect(page, '#root', 20);
    const kinds = (k: string) => problems.filter((p) => p.kind === k).map((p) => p.what);
    expect(kinds('overlap').join()).toContain('Hạng 3/63');
    expect(kinds('touch').join()).toContain('2012');
    expect(kinds('cut').join()).toContain('Huyện Thạch Thất');
    expect(kinds('cut').join()).toContain('Thành phố Hà Nội');
    expect(kinds('small').join()).toContain('nhỏ');
    await page.close();
  });
});

describe('layout of every view', () => {
  for (const vp of VIEWPORTS) {
    it(`has no overlapping, cut or low-contrast text at ${vp.width}×${vp.height}`, async () => {
      const context = await browser().newContext({ viewport: vp });
      const page = await context.newPage();
      const found: string[] = [];
      for (const search of [...VIEWS, ...MAP_VIEWS]) {
        await openView(page, search);
        for (const p of await inspect(page, 'body')) found.push(`${search} ${p.kind}: ${p.what}`);
        for (const c of await contrast(page)) found.push(`${search} contrast: ${c}`);
      }
      await context.close();
      expect(found).toEqual([]);
    }, 240_000);
  }
});

/**
 * Opens the default deck of a unit and year in presenter mode and calls `visit` on each slide once
 * it is drawn (a map slide once its paths are in), with where it is for the problems' names.
 */
async function eachSlide(
  page: Page,
  u: { unit: string; year: number },
  visit: (where: string, n: number) => Promise<void>,
): Promise<number> {
  const search = `?index=PAR&year=${u.year}&unit=${u.unit}&lang=vi&present=1`;
  await page.goto(new URL(search, baseUrl).toString(), { waitUntil: 'networkidle' });
  const number = page.getByTestId('slide-number');
  await number.waitFor();
  const total = Number((await number.textContent())?.split('/')[1]);
  for (let n = 1; n <= total; n++) {
    await expect.poll(() => number.textContent()).toBe(`${n}/${total}`);
    await page.waitForTimeout(250);
    const kind = await page.locator('.slide-body').getAttribute('data-slide-kind');
    if (kind === 'map')
      await page.locator('.slide-body svg[data-chart-svg] path').first().waitFor();
    await visit(`${u.unit} ${u.year} slide ${n} (${kind})`, n);
    await page.keyboard.press('PageDown');
  }
  return total;
}

/** Nothing empty: a chart, a map, a list or tiles on every slide. */
async function slideIsEmpty(page: Page): Promise<boolean> {
  const drawn = await page
    .locator('.slide-body svg.recharts-surface, .slide-body svg[data-chart-svg], .slide-body li')
    .count();
  return drawn === 0;
}

describe('layout of every slide of the default deck', () => {
  for (const u of DECKS) {
    it(`draws the deck of ${u.unit} ${u.year} in 20 px type or more, nothing cut or touching`, async () => {
      const context = await browser().newContext({
        acceptDownloads: true,
        viewport: { width: 1920, height: 1080 },
      });
      const page = await context.newPage();
      const found: string[] = [];
      const total = await eachSlide(page, u, async (where) => {
        if (await slideIsEmpty(page)) found.push(`${where} is empty`);
        for (const p of await inspect(page, '.slide', 20))
          found.push(`${where} ${p.kind}: ${p.what}`);
        for (const c of await contrast(page)) found.push(`${where} contrast: ${c}`);
        // The slide as an image: never one colour over its body.
        const [d] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('navigation', { name: 'Trình chiếu' })
            .getByRole('button', { name: 'PNG 1920×1080' })
            .click(),
        ]);
        const share = await dominantShare(page, readFileSync(await d.path()), {
          top: 0.18,
          bottom: 0.88,
        });
        if (share > 0.95) found.push(`${where} PNG: ${Math.round(share * 100)} % one colour`);
      });
      expect(total).toBeGreaterThanOrEqual(3);
      await context.close();
      expect(found).toEqual([]);
    }, 120_000);
  }
});

describe('layout of every slide on a laptop projector (the full-HD slide scaled to fit)', () => {
  for (const vp of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    it(`shows every slide whole at ${vp.width}×${vp.height}, nothing cut or touching`, async () => {
      const context = await browser().newContext({ viewport: vp });
      const page = await context.newPage();
      const found: string[] = [];
      for (const u of DECKS)
        await eachSlide(page, u, async (where) => {
          for (const p of await inspect(page, '.slide', 20))
            found.push(`${where} ${p.kind}: ${p.what}`);
          // The whole slide is on the screen, above the presenter's bar.
          const off = await page.evaluate(() => {
            const slide = document.querySelector('.presenter .slide')?.getBoundingClientRect();
            const bar = document.querySelector('.presenter-bar')?.getBoundingClientRect();
            if (!slide || !bar) return 'missing';
            return slide.left >= -1 &&
              slide.right <= window.innerWidth + 1 &&
              slide.top >= -1 &&
              slide.bottom <= bar.top + 1
              ? ''
              : `slide at ${Math.round(slide.left)},${Math.round(slide.top)}–${Math.round(slide.right)},${Math.round(slide.bottom)}, bar at ${Math.round(bar.top)}`;
          });
          if (off) found.push(`${where} not whole on screen: ${off}`);
        });
      await context.close();
      expect(found).toEqual([]);
    }, 180_000);
  }
});

describe('layout of every slide on a phone (presenter mode stacks and scrolls)', () => {
  it('draws every slide of every default deck at 390×844 with nothing cut, touching or too wide', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const u of DECKS)
      await eachSlide(page, u, async (where) => {
        if (await slideIsEmpty(page)) found.push(`${where} is empty`);
        // 13 px: the smallest type a phone slide uses (the footer's date and source).
        for (const p of await inspect(page, '.slide', 13))
          found.push(`${where} ${p.kind}: ${p.what}`);
        for (const c of await contrast(page)) found.push(`${where} contrast: ${c}`);
        const wide = await page.evaluate(() => {
          const el = document.querySelector('.presenter');
          return el ? el.scrollWidth - el.clientWidth : 0;
        });
        if (wide > 0) found.push(`${where} is ${wide} px wider than the screen`);
      });
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);
});

/** Share of the most common colour in a PNG's region, decoded by the page's own canvas. */
async function dominantShare(
  page: Page,
  png: Buffer,
  region: { top: number; bottom: number },
): Promise<number> {
  return page.evaluate(
    async ([b64, top, bottom]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64 as string}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return 1;
      ctx.drawImage(img, 0, 0);
      const y0 = Math.round(img.height * (top as number));
      const y1 = Math.round(img.height * (bottom as number));
      const data = ctx.getImageData(0, y0, img.width, y1 - y0).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 16) {
        const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return Math.max(...counts.values()) / (data.length / 16);
    },
    [png.toString('base64'), region.top, region.bottom] as const,
  );
}

describe('exported images', () => {
  it('are never one colour over the chart: every chart of a view, 1920×1080 and A4', async () => {
    const context = await browser().newContext({
      acceptDownloads: true,
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    const found: string[] = [];
    for (const [search, charts] of [
      ['?index=PAR&year=2023&unit=276&lang=vi', 3],
      ['?index=PAPI&year=2022&unit=01&lang=vi', 3],
      ['?index=PAR&year=2025&unit=09955&lang=vi&view=map', 1],
    ] as const) {
      await openView(page, search);
      const frames = page.locator('figure.chart');
      const count = await frames.count();
      expect(count).toBeGreaterThanOrEqual(charts);
      for (let i = 0; i < count; i++) {
        const frame = frames.nth(i);
        const title = (await frame.locator('h3').first().textContent()) ?? `chart ${i}`;
        for (const size of ['PNG 1920×1080', 'PNG A4']) {
          await frame.scrollIntoViewIfNeeded();
          const [d] = await Promise.all([
            page.waitForEvent('download'),
            frame.getByRole('button', { name: size }).click(),
          ]);
          const png = readFileSync(await d.path());
          // The chart's part of the page: below the title block, above the footer.
          const share = await dominantShare(
            page,
            png,
            size === 'PNG A4' ? { top: 0.06, bottom: 0.95 } : { top: 0.18, bottom: 0.88 },
          );
          if (share > 0.95)
            found.push(`${search} ${title} ${size}: ${Math.round(share * 100)} % one colour`);
        }
      }
    }
    await context.close();
    expect(found).toEqual([]);
  }, 180_000);
});
