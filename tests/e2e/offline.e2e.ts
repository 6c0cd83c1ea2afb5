// After one visit the production build opens and shows its data with no network.
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

describe('offline', () => {
  it('shows the data on a reload with no network after one visit', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(new URL('?index=PAR&year=2024&unit=01&lang=vi', baseUrl).toString(), {
      waitUntil: 'networkidle',
    });
    await page.getByRole('article', { name: /Thành phố Hà Nội — PAR 2024/ }).waitFor();
    // The service worker has installed (every file cached) and controls the page.
    await page.evaluate('navigator.serviceWorker.ready');
    await expect
      .poll(() => page.evaluate('!!navigator.serviceWorker.controller'), { timeout: 20_000 })
      .toBe(true);

    await context.setOffline(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const card = page.getByRole('article', { name: /Thành phố Hà Nội — PAR 2024/ });
    await card.waitFor();
    expect(await card.getByTestId('score').textContent()).toBe('92,57\u00a0%');
    // A chunk not used by the first visit is there too: the upload panel.
    await page.getByRole('button', { name: 'Dữ liệu và tải lên' }).click();
    await page.getByText('Tải lên điểm mới').waitFor();
    await context.close();
  });
});
