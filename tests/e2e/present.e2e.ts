// Presenter mode in Chromium: keys and clicker keys move slides and the URL follows; B blanks.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserForFile, openPage } from './browser';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

describe('presenter mode', () => {
  it('opens from the header, moves with keys, follows in the URL, blanks and leaves', async () => {
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=01&lang=vi',
      { width: 1920, height: 1080 },
    );
    await page.getByRole('button', { name: 'Trình chiếu' }).click();
    const number = page.getByTestId('slide-number');
    await expect.poll(() => number.textContent()).toBe('1/7');
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await page.locator('.slide-takeaway').textContent()).toBe(
      'Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm',
    );

    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect.poll(() => number.textContent()).toBe('4/7');
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('4');
    await page.keyboard.press('PageUp');
    await expect.poll(() => number.textContent()).toBe('3/7');
    await page.keyboard.press('End');
    await expect.poll(() => number.textContent()).toBe('7/7');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => number.textContent()).toBe('2/7');

    await page.keyboard.press('b');
    expect(await page.locator('.blank').count()).toBe(1);
    await page.keyboard.press('b');
    expect(await page.locator('.blank').count()).toBe(0);

    // Text is at least 24 px at 1920×1080, chart labels included.
    const sizes = await page.evaluate(
      `[...document.querySelectorAll('.slide-title, .slide-takeaway, .presenter svg text')].map((e) => parseFloat(getComputedStyle(e).fontSize))`,
    );
    expect(Math.min(...(sizes as number[]))).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('opens on the slide the URL names', async () => {
    const { page } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=01&lang=vi&present=5',
      { width: 1920, height: 1080 },
    );
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('5/7');
    expect(await page.locator('.slide-title').textContent()).toContain('Huyện Thạch Thất');
  });

  it('keeps a speaker window in step, and the speaker window moves the deck', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const deck = await context.newPage();
    await deck.goto(new URL('?index=PAR&year=2024&unit=01&lang=vi&present=1', baseUrl).toString(), {
      waitUntil: 'networkidle',
    });
    await deck.getByTestId('slide-number').waitFor();
    const speaker = await context.newPage();
    await speaker.goto(new URL('?lang=vi&speaker=1', baseUrl).toString(), {
      waitUntil: 'networkidle',
    });
    await speaker.getByRole('heading', { level: 1, name: /^1\/7\. / }).waitFor();
    expect(await speaker.getByText('Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm').count()).toBe(
      1,
    );
    // The next slide is drawn, as the deck will show it: a chart or a list, not only its title.
    const preview = speaker.getByTestId('next-slide-preview');
    await expect
      .poll(() => preview.locator('svg.recharts-surface, li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await deck.bringToFront();
    await deck.keyboard.press('PageDown');
    await speaker.getByRole('heading', { level: 1, name: /^2\/7\. / }).waitFor();
    await speaker.getByRole('button', { name: /Trang sau/ }).click();
    await expect.poll(() => deck.getByTestId('slide-number').textContent()).toBe('3/7');
    await context.close();
  });

  it('exports a slide as a 1920×1080 PNG and as SVG with its takeaway', async () => {
    const context = await browser().newContext({
      acceptDownloads: true,
      viewport: { width: 1920, height: 1080 },
    });
    const page = await context.newPage();
    await page.goto(new URL('?index=PAR&year=2024&unit=01&lang=vi&present=1', baseUrl).toString(), {
      waitUntil: 'networkidle',
    });
    await page.getByTestId('slide-number').waitFor();
    const bar = page.getByRole('navigation', { name: 'Trình chiếu' });
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'PNG 1920×1080' }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('7/7');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toContain('Huyện Thạch Thất tăng 7 bậc');
    expect(text).toContain('D7 Xây dựng và phát triển Chính phủ điện tử');
    await context.close();
  });
});
