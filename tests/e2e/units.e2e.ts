// Today's units in a real browser: Hà Nội's 126 communes and wards of 2025 ranked k/126 from an
// uploaded file (by code, and by name in a Windows-1258 ";" export), and the picker on a code
// that two units have held.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile } from './browser';
import { encodeWindows1258 } from '../support/encode';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

const units2025 = Papa.parse<Record<string, string>>(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'units.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.filter((u) => u.valid_from === '2025-07-01');

const card = (page: Page, name: string, index: string, year: number) =>
  page.getByRole('article', { name: `${name} — ${index} ${year}` });

async function uploadAndImport(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Tải lên tệp CSV').setInputFiles({ name, mimeType: 'text/csv', buffer });
  const preview = page.getByRole('article', { name });
  const button = preview.getByRole('button', { name: 'Nhập dữ liệu' });
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  expect(await preview.textContent()).toContain('Số giá trị: 126');
  await button.click();
  await page.getByText(new RegExp(`^Đã nhập ${name.replace('.', '\\.')}`)).waitFor();
}

describe("today's units", () => {
  it('has the 126 communes and wards of 2025 in its registry', () => {
    expect(units2025.length).toBe(126);
  });

  it('ranks an upload of all 126 units k/126, by code and by name (Windows-1258, ";")', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL('?index=PAR&year=2025&unit=01&lang=vi&panel=data', baseUrl).toString());
    await page.getByLabel('Tải lên tệp CSV').waitFor();
    // By code: the first unit highest, the last lowest.
    const byCode = [
      'Mã ĐVHC;Năm;Chỉ số;Điểm',
      ...units2025.map(
        (u, i) => `${u.code};2025;PAR;${(95 - i * 0.2).toFixed(2).replace('.', ',')}`,
      ),
    ];
    await uploadAndImport(page, 'par-2025.csv', Buffer.from(`${byCode.join('\r\n')}\r\n`));
    // By name, as Excel "CSV" writes it on Vietnamese Windows: the order reversed.
    const byName = [
      'Tên đơn vị;Năm;Chỉ số;Điểm',
      ...units2025.map(
        (u, i) => `${u.name};2025;SIPAS;${(70 + i * 0.2).toFixed(2).replace('.', ',')}`,
      ),
    ];
    await uploadAndImport(
      page,
      'sipas-2025.csv',
      Buffer.from(encodeWindows1258(`${byName.join('\r\n')}\r\n`)),
    );

    const first = units2025[0];
    const last = units2025[units2025.length - 1];
    if (!first || !last) throw new Error('no units');
    const open = async (code: string, index: string) => {
      await page.goto(
        new URL(`?index=${index}&year=2025&unit=${code}&lang=vi`, baseUrl).toString(),
      );
    };
    await open(first.code ?? '', 'PAR');
    await expect
      .poll(
        () =>
          card(page, first.name ?? '', 'PAR', 2025)
            .getByTestId('rank')
            .textContent(),
        { timeout: 15_000 },
      )
      .toBe('1/126');
    await open(last.code ?? '', 'PAR');
    await expect
      .poll(
        () =>
          card(page, last.name ?? '', 'PAR', 2025)
            .getByTestId('rank')
            .textContent(),
        { timeout: 15_000 },
      )
      .toBe('126/126');
    await open(first.code ?? '', 'SIPAS');
    await expect
      .poll(
        () =>
          card(page, first.name ?? '', 'SIPAS', 2025)
            .getByTestId('rank')
            .textContent(),
        { timeout: 15_000 },
      )
      .toBe('126/126');
    // Hà Nội lists them as its units for 2025.
    await page.goto(new URL('?index=PAR&year=2025&unit=01&lang=vi', baseUrl).toString());
    await page.getByText('Xem cấp dưới (126)').waitFor();
    await context.close();
  });

  it('tells a reused code apart in the picker and moves to a year the unit has', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL('?index=PAR&year=2024&unit=276&lang=vi', baseUrl).toString());
    const box = page.getByRole('combobox', { name: 'Đơn vị' });
    await box.fill('09955');
    const options = page.getByRole('listbox', { name: 'Đơn vị' }).getByRole('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual([
        'Xã Thạch Thất · Xã/Phường · 09955 · từ 01/07/2025',
        'Thị trấn Liên Quan · Xã/Phường · 09955 · đến 30/06/2025',
      ]);
    await page.getByRole('option', { name: /Xã Thạch Thất/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2025');
    await page
      .getByText(
        'Năm 2024 không thuộc thời gian tồn tại của Xã Thạch Thất (từ 01/07/2025); đang xem năm 2025.',
      )
      .waitFor();
    await card(page, 'Xã Thạch Thất', 'PAR', 2025).waitFor();
    // Its lineage opens Thị trấn Liên Quan in 2024, ranked among Thạch Thất's 23.
    await page.getByRole('button', { name: 'Xem Thị trấn Liên Quan năm 2024' }).click();
    const lq = card(page, 'Thị trấn Liên Quan', 'PAR', 2024);
    await expect.poll(() => lq.getByTestId('rank').textContent()).toMatch(/^\d+\/23$/);
    expect(
      await page.getByLabel('Năm', { exact: true }).locator('option').allTextContents(),
    ).not.toContain('2025');
    await context.close();
  });
});
