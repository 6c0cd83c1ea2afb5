// Home Affairs staff upload files in a real browser, with real IndexedDB, against the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');
const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name);
const COMMUNE = '?index=PAR&year=2024&unit=09958&lang=vi&panel=data';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(context: BrowserContext, path = COMMUNE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
  await page.getByRole('article', { name: /Xã Đại Đồng — PAR 2024/ }).waitFor();
  return page;
}

const score = (page: Page) =>
  page
    .getByRole('article', { name: /Xã Đại Đồng — PAR 2024/ })
    .getByTestId('score')
    .textContent();

async function upload(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel('Tải lên tệp CSV').setInputFiles(file);
}

async function importFile(page: Page, file: string): Promise<void> {
  await upload(page, file);
  await page.getByText('Không có lỗi.').waitFor();
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await page.getByText(/^Đã nhập /).waitFor();
}

describe('upload', () => {
  it('imports a Windows-1258, ";" and decimal-comma wide file and the charts show it', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    expect(await score(page)).not.toBe('88,50\u00a0%');
    await upload(page, fixture('03-windows-1258-wide.csv'));
    const preview = page.getByRole('article', { name: '03-windows-1258-wide.csv' });
    await preview.getByText('Không có lỗi.').waitFor();
    expect(await preview.getByLabel('Bảng mã').inputValue()).toBe('');
    expect(await preview.getByLabel('Bảng mã').locator('option').first().textContent()).toContain(
      'windows-1258',
    );
    expect(await preview.textContent()).toContain('27 thay đổi');
    await preview.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect.poll(() => score(page)).toBe('88,50\u00a0%');
    // The sub-index table shows the file's D1 for Đại Đồng: 9,1 of 10.
    const table = page.locator('table', {
      has: page.locator('caption', { hasText: 'Chỉ số thành phần — Xã Đại Đồng' }),
    });
    expect(await table.textContent()).toContain('9,10 / 10');
    await context.close();
  });

  it('shows every problem by line and keeps the data as it was', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const before = await score(page);
    await upload(page, fixture('28-bad-years.csv'));
    const preview = page.getByRole('article', { name: '28-bad-years.csv' });
    await preview.getByText(/^3 lỗi/).waitFor();
    const lines = await preview.locator('table.issues tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['2', '3', '4']);
    expect(await preview.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
    expect(await score(page)).toBe(before);
    await context.close();
  });

  it('keeps an upload across a reload, and rolls back to the bundled data', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const before = await score(page);
    await importFile(page, fixture('03-windows-1258-wide.csv'));
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => score(page)).toBe('88,50\u00a0%');
    expect(
      await page
        .getByRole('table')
        .filter({ hasText: '03-windows-1258-wide.csv' })
        .getByText('đang dùng')
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Chỉ dùng dữ liệu kèm theo' }).click();
    await expect.poll(() => score(page)).toBe(before);
    await page.getByRole('button', { name: 'Quay về phiên bản 1' }).click();
    await expect.poll(() => score(page)).toBe('88,50\u00a0%');
    await context.close();
  });

  it('exports the data, and importing the export changes nothing', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await open(context);
    await importFile(page, fixture('03-windows-1258-wide.csv'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất dữ liệu' }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await upload(page, { name: 'export.csv', mimeType: 'text/csv', buffer: bytes });
    const preview = page.getByRole('article', { name: 'export.csv' });
    // No error; one warning stays on purpose (a published PAPI total that is not the sum of its
    // published dimensions, see data-check.test.ts).
    await preview.getByText(/^0 lỗi/).waitFor();
    const text = await preview.textContent();
    expect(text).toMatch(/0 mới · 0 thay đổi · [\d.]+ không đổi/);
    await context.close();
  });

  it('refuses a commit prepared before another tab wrote, recomputes it, and loses nothing', async () => {
    const context = await browser.newContext();
    const a = await open(context);
    const b = await open(context);
    // Tab B prepares a preview (Đại Đồng's total to 77,7) before tab A writes.
    await upload(b, {
      name: 'b.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Mã ĐVHC;Năm;Chỉ số;Điểm\r\n09958;2024;PAR;77,7\r\n'),
    });
    const preview = b.getByRole('article', { name: 'b.csv' });
    const button = preview.getByRole('button', { name: 'Nhập dữ liệu' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await preview.textContent()).toContain('88,45 → 77,7');
    await importFile(a, fixture('03-windows-1258-wide.csv'));
    await expect.poll(() => score(b)).toBe('88,50\u00a0%');
    // B commits the preview it still shows: refused, nothing written, the preview recomputed.
    await button.click();
    await b
      .getByText('Dữ liệu đã thay đổi ở thẻ khác — xem lại bản xem trước', { exact: false })
      .waitFor();
    await expect.poll(async () => preview.textContent()).toContain('88,5 → 77,7');
    const versions = () => b.locator('table.history tbody tr').count();
    expect(await versions()).toBe(1);
    expect(await score(b)).toBe('88,50\u00a0%');
    // Reviewed against the new data, the same file goes on top of A's, which stays.
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await b.getByText(/^Đã nhập /).waitFor();
    await expect.poll(versions).toBe(2);
    await expect.poll(() => score(a)).toBe('77,70\u00a0%');
    await a.reload({ waitUntil: 'networkidle' });
    expect(await a.locator('table.history').textContent()).toContain('03-windows-1258-wide.csv');
    await context.close();
  });

  it('restores a backup in a fresh browser: first import times, active versions, no duplicates', async () => {
    const first = await browser.newContext({ acceptDownloads: true });
    const a = await open(first);
    await importFile(a, fixture('03-windows-1258-wide.csv'));
    await upload(a, {
      name: 'b.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Mã ĐVHC;Năm;Chỉ số;Điểm\r\n09958;2024;PAR;77,7\r\n'),
    });
    const b = a
      .getByRole('article', { name: 'b.csv' })
      .getByRole('button', { name: 'Nhập dữ liệu' });
    await expect.poll(() => b.isEnabled()).toBe(true);
    await b.click();
    await a.getByText(/^Đã nhập b\.csv/).waitFor();
    // Version 2 stays stored but not in use.
    await a.getByRole('button', { name: 'Quay về phiên bản 1' }).click();
    await expect.poll(() => score(a)).toBe('88,50\u00a0%');
    const history = (page: Page) =>
      page
        .locator('table.history tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) =>
            [...r.querySelectorAll('td')].slice(1, 6).map((td) => td.textContent ?? ''),
          ),
        );
    // The history table follows the rollback a moment after the charts do: wait for it.
    await expect
      .poll(async () => (await history(a)).map((r) => [r[0], r[4]]))
      .toEqual([
        ['03-windows-1258-wide.csv', 'đang dùng'],
        ['b.csv', 'không dùng'],
      ]);
    const before = await history(a);
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      a.getByRole('button', { name: 'Sao lưu mọi phiên bản' }).click(),
    ]);
    const backup = readFileSync(await download.path());
    await first.close();

    const second = await browser.newContext();
    const c = await open(second);
    const file = { name: 'sao-luu.json', mimeType: 'application/json', buffer: backup };
    await upload(c, file);
    await c
      .getByText('Đã khôi phục 2 phiên bản từ tệp sao lưu; bỏ qua 0 phiên bản đã có.')
      .waitFor();
    await expect.poll(() => history(c)).toEqual(before);
    await expect.poll(() => score(c)).toBe('88,50\u00a0%');
    // The same backup again adds nothing.
    await upload(c, file);
    await c
      .getByText('Đã khôi phục 0 phiên bản từ tệp sao lưu; bỏ qua 2 phiên bản đã có.')
      .waitFor();
    expect(await history(c)).toEqual(before);
    await second.close();
  });

  it('says why a file cannot be imported, and lets the preview settle a shared name', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await upload(page, fixture('49-header-only.csv'));
    const empty = page.getByRole('article', { name: '49-header-only.csv' });
    await empty.getByText('Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập.').waitFor();
    await empty.getByText('Chưa nhập được: tệp còn 1 lỗi').waitFor();
    expect(await empty.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);

    await upload(page, fixture('52-same-name-two-districts.csv'));
    const named = page.getByRole('article', { name: '52-same-name-two-districts.csv' });
    await named
      .getByText(/09997 Xã Phùng Xá \(Huyện Thạch Thất\); 10474 Xã Phùng Xá \(Huyện Mỹ Đức\)/)
      .waitFor();
    await named.getByLabel('Đơn vị cấp trên cho cả tệp').selectOption('276');
    const button = named.getByRole('button', { name: 'Nhập dữ liệu' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await named.locator('table.issues').textContent()).not.toContain('ứng với nhiều đơn vị');
    await context.close();
  });

  it('registers units of another province from the panel, then takes scores that name them', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const scores = {
      name: 'bac-ninh-2025.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Mã ĐVHC;Năm;Chỉ số;Điểm\r\n07999;2025;PAR;88,1\r\n07998;2025;PAR;85,4\r\n',
      ),
    };
    // Before: the registry does not know these communes.
    await upload(page, scores);
    const before = page.getByRole('article', { name: 'bac-ninh-2025.csv' });
    await before.getByText('Không có đơn vị mã "07999" trong danh mục năm 2025.').waitFor();
    await before.getByRole('button', { name: 'Bỏ tệp này' }).click();

    await upload(page, {
      name: 'don-vi-bac-ninh.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code,name,level,parent_code,valid_from,valid_to\n07999,Xã Thử Nghiệm Một,commune,24,2025-07-01,\n07998,Xã Thử Nghiệm Hai,commune,24,2025-07-01,\n',
      ),
    });
    const units = page.getByRole('article', { name: 'don-vi-bac-ninh.csv' });
    await units.getByText('Thêm 2 đơn vị hành chính vào danh mục.').waitFor();
    await units.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText(/^Đã nhập don-vi-bac-ninh\.csv/).waitFor();

    await upload(page, scores);
    const after = page.getByRole('article', { name: 'bac-ninh-2025.csv' });
    const button = after.getByRole('button', { name: 'Nhập dữ liệu' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.getByText(/^Đã nhập bac-ninh-2025\.csv/).waitFor();

    await page.goto(
      new URL('?index=PAR&year=2025&unit=07999&lang=vi&panel=data', baseUrl).toString(),
    );
    const card = page.getByRole('article', { name: 'Xã Thử Nghiệm Một — PAR 2025' });
    await expect.poll(() => card.getByTestId('score').textContent()).toBe('88,10\u00a0%');
    expect(await card.getByTestId('rank').textContent()).toBe('1/2');
    // Rolled back to the bundled data, the units are gone with their scores.
    await page.getByRole('button', { name: 'Chỉ dùng dữ liệu kèm theo' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await context.close();
  });
});
