// Chart images for slides and handouts: PNG at 1920×1080 and A4 300 dpi, and valid SVG with the
// title and the footer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { launch } from './browser';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
  await page.goto(new URL('?index=PAR&year=2024&unit=09958&lang=vi', baseUrl).toString(), {
    waitUntil: 'networkidle',
  });
  await page.getByRole('article', { name: /Xã Đại Đồng — PAR 2024/ }).waitFor();
});
afterAll(async () => {
  await browser.close();
});

const figure = () => page.getByRole('figure', { name: /Thứ hạng qua các năm/ });

async function download(button: string): Promise<Buffer> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    figure().getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await d.path());
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('chart export', () => {
  it('downloads a 1920×1080 PNG', async () => {
    const png = await download('PNG 1920×1080');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual([1920, 1080]);
  });

  it('downloads an A4 PNG at 300 dpi', async () => {
    expect(pngSize(await download('PNG A4'))).toEqual([2480, 3508]);
  });

  it('downloads valid SVG with the title, the sample mark and the footer', async () => {
    const svg = (await download('SVG')).toString('utf8');
    const check = await page.evaluate<{ error: boolean; text: string }, string>((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(check.error).toBe(false);
    expect(check.text).toContain('Thứ hạng qua các năm');
    expect(check.text).toContain('Dữ liệu mẫu (minh hoạ, không phải số liệu công bố)');
    expect(check.text).toMatch(/Nguồn: .* · \d{1,2}\/\d{1,2}\/\d{4}/);
    // The bundled font travels with the image.
    expect(svg).toContain("@font-face{font-family:'Noto Sans'");
    expect(svg).toContain('data:font/woff2;base64,');
  });

  it('downloads the chart’s numbers as CSV: the table’s rows, numbers as numbers', async () => {
    const csv = (await download('CSV')).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    // The same rows as the table under "Xem dạng bảng", head first.
    const shown = await figure()
      .locator('.chart-table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(rows).toHaveLength(shown.length);
    expect(rows[0]).toEqual(shown[0]);
    const y2024 = rows.find((r) => r[0] === '2024');
    expect(y2024?.[1]).toMatch(/^\d+\/23 \(tính toán\)$/);
    // "88,45" on screen is 88.45 in the file.
    expect(Number(y2024?.[2])).toBeGreaterThan(0);
    expect(y2024?.[2]).toMatch(/^\d+(\.\d+)?$/);
  });

  it('copies the link of the view the chart shows', async () => {
    await figure().getByRole('button', { name: 'Chép liên kết' }).click();
    await figure().getByRole('status').filter({ hasText: 'Đã chép liên kết' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('unit')).toBe('09958');
  });
});
