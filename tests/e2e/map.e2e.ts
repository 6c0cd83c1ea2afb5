// The map view in Chromium on the production build: Hà Nội's 126 units of 2025 drawn and
// coloured by class with a legend, a hover and the keyboard name a unit, Enter opens it, the PNG
// export is not blank, the years before 2025 say why there is no map, and the first view does
// not load the map's code or boundaries.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, type Watched } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const MAP_2025 = '?index=PAR&year=2025&unit=01&lang=vi&view=map';

async function openMap(path: string, viewport = { width: 1366, height: 900 }): Promise<Watched> {
  const w = await openPage(browser, baseUrl, path, viewport);
  await w.page.locator('svg[data-chart-svg] path[data-code]').first().waitFor();
  return w;
}

describe('the map of Hà Nội’s units', () => {
  it('draws the 126 units of 2025, each filled by a class of the legend', async () => {
    const { page, consoleErrors, foreignRequests } = await openMap(MAP_2025);
    const units = page.locator('svg[data-chart-svg] path[data-code]');
    expect(await units.count()).toBe(126);
    const fills = await units.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-fill')));
    const legend = page.locator('.map-side [data-legend] li');
    const legendColours = await legend.evaluateAll((ls) =>
      ls
        .filter((l) => l.getAttribute('data-kind') === 'area')
        .map((l) => l.getAttribute('data-color')),
    );
    // Five quantile classes of about 25 units, every fill one of the legend's colours.
    expect(legendColours).toHaveLength(5);
    expect(new Set(fills)).toEqual(new Set(legendColours));
    for (const c of legendColours) {
      const n = fills.filter((f) => f === c).length;
      expect(n).toBeGreaterThanOrEqual(25);
      expect(n).toBeLessThanOrEqual(26);
    }
    const legendText = await legend.allTextContents();
    expect(legendText[0]).toMatch(/^\d+,\d\d–\d+,\d\d % · hạng 1–\d+ · \d+ đơn vị$/);
    // Sample values are marked, and the boundaries are credited.
    await expect.poll(() => page.getByRole('figure').first().innerText()).toContain('dữ liệu mẫu');
    expect(await page.locator('.map-credit').innerText()).toContain('sapnhap.bando.com.vn');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('names a unit with its score, rank k/N on hover, and the table has every unit', async () => {
    const { page } = await openMap(MAP_2025);
    await page.locator('path[data-code="00070"]').hover();
    const tip = page.locator('.map-tip');
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain('Phường Hoàn Kiếm');
    expect(text).toMatch(/Điểm: \d+,\d\d/);
    expect(text).toMatch(/Xếp hạng: \d+\/126/);
    await page.getByText('Xem dạng bảng').click();
    expect(await page.locator('.chart-table tbody tr').count()).toBe(126);
    await page.context().close();
  });

  it('is reachable by keyboard: one tab stop, arrows move east, Enter opens the unit', async () => {
    const { page } = await openMap('?index=PAR&year=2025&unit=00004&lang=vi&view=map');
    // The unit in view (Phường Ba Đình) is outlined and holds the tab stop.
    expect(await page.locator('path[data-code][tabindex="0"]').getAttribute('data-code')).toBe(
      '00004',
    );
    expect(await page.locator('path[data-selected]').count()).toBe(1);
    await page.locator('path[data-code="00004"]').focus();
    const at = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const box = el?.getBoundingClientRect();
        return { code: el?.getAttribute('data-code'), x: box ? box.x + box.width / 2 : 0 };
      });
    const before = await at();
    await page.keyboard.press('ArrowRight');
    const after = await at();
    expect(after.code).not.toBe('00004');
    expect(after.x).toBeGreaterThan(before.x);
    expect(await page.locator('.map-tip').innerText()).toContain('Xếp hạng');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe(after.code);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    await page.context().close();
  });

  it('exports a PNG with the map, its legend and the credit, not one colour', async () => {
    const { page } = await openMap(MAP_2025);
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG 1920×1080' }).click(),
    ]);
    const png = readFileSync(await d.path());
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return { top: 1, distinct: 0 };
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 200, img.width, 700).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 16) {
        const k = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return {
        top: Math.max(...counts.values()) / (data.length / 16),
        distinct: [...counts.values()].filter((n) => n > 200).length,
      };
    }, png.toString('base64'));
    expect(colours.top).toBeLessThan(0.95);
    // White, ink and the five classes at least.
    expect(colours.distinct).toBeGreaterThanOrEqual(7);
    const [s] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = readFileSync(await s.path(), 'utf8');
    expect(svg).toContain('Ranh giới: sapnhap.bando.com.vn');
    expect(svg).toContain('hạng 1–');
    expect((svg.match(/<path [^>]*data-code=/g) ?? []).length).toBe(126);
    await page.context().close();
  });

  it('shows the 34 provinces, with no province figure for 2025 hatched and said so', async () => {
    const { page } = await openMap(`${MAP_2025}&layer=provinces`);
    expect(await page.locator('svg[data-chart-svg] path[data-code]').count()).toBe(34);
    expect(await page.locator('path[data-fill="none"]').count()).toBe(34);
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual(
      expect.stringContaining('Chưa có số liệu PAR Index năm 2025'),
    );
    expect(await page.locator('path[data-selected]').count()).toBe(1);
    await page.context().close();
  });

  it('says a year before 2025 has other units, and offers the charts or the 2025 map', async () => {
    const { page } = await openPage(
      browser,
      baseUrl,
      '?index=PAR&year=2023&unit=276&lang=vi&view=map',
    );
    const notice = page.locator('.map-view .notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('trước ngày 1/7/2025');
    expect(await page.locator('svg[data-chart-svg]').count()).toBe(0);
    await page.getByRole('button', { name: 'Xem bản đồ năm 2025' }).click();
    await page.locator('svg[data-chart-svg] path[data-code]').first().waitFor();
    const url = new URL(page.url());
    expect([url.searchParams.get('unit'), url.searchParams.get('year')]).toEqual(['01', '2025']);
    await page.context().close();
  });

  it('is not part of the first view: no map code or boundaries until it is opened', async () => {
    const { page, scripts } = await openPage(
      browser,
      baseUrl,
      '?index=PAR&year=2024&unit=01&lang=vi',
    );
    await page.locator('.tile').first().waitFor();
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(requested.filter((u) => u.includes('.topo'))).toEqual([]);
    expect(scripts.filter((s) => s.startsWith('MapView') || s.startsWith('map-labels'))).toEqual(
      [],
    );
    await page.getByRole('button', { name: 'Bản đồ' }).click();
    await page.locator('.map-view').waitFor();
    await page.context().close();
  });
});
