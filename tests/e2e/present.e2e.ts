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
    // Hà Nội's PAR 2024: scorecard, over time, among the provinces, its districts (no
    // sub-index scores that year, so no sub-index or topic slides).
    await expect.poll(() => number.textContent()).toBe('1/4');
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await page.locator('.slide-takeaway').textContent()).toBe(
      'Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm',
    );

    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect.poll(() => number.textContent()).toBe('4/4');
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('4');
    await page.keyboard.press('PageUp');
    await expect.poll(() => number.textContent()).toBe('3/4');
    await page.keyboard.press('Home');
    await expect.poll(() => number.textContent()).toBe('1/4');
    await page.keyboard.press('End');
    await expect.poll(() => number.textContent()).toBe('4/4');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => number.textContent()).toBe('2/4');

    await page.keyboard.press('b');
    expect(await page.locator('.blank').count()).toBe(1);
    await page.keyboard.press('b');
    expect(await page.locator('.blank').count()).toBe(0);

    // Chart labels are 24 px at 1920×1080 (layout.e2e.ts checks every slide's text).
    const sizes = await page.evaluate(
      `[...document.querySelectorAll('.slide-title, .slide-takeaway, .presenter svg text')].map((e) => parseFloat(getComputedStyle(e).fontSize))`,
    );
    expect(Math.min(...(sizes as number[]))).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('opens on the slide the URL names, with a deck of the view in use', async () => {
    const { page } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2023&unit=276&lang=vi&present=5',
      { width: 1920, height: 1080 },
    );
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('5/6');
    expect(await page.locator('.slide-title').textContent()).toBe(
      'Xem cấp dưới — Huyện Thạch Thất · PAR Index 2023 dữ liệu mẫu',
    );
    // Every slide is Thạch Thất 2023's, not another unit's or year's.
    await page.getByText('Danh sách trang').click();
    const titles = await page.locator('.deck-list-pop ol li .link').allTextContents();
    expect(titles).toHaveLength(6);
    for (const title of titles) expect(title).toMatch(/— Huyện Thạch Thất · (PAR Index )?2023$/);
    // The list opens over the slide: the slide stays where it was.
    const box = await page.locator('.slide').boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(1080);
    // Gia Lâm 2022 gets Gia Lâm 2022's deck.
    await page.goto(new URL('?index=PAR&year=2022&unit=018&lang=vi&present=1', baseUrl).toString());
    await expect
      .poll(() => page.locator('.slide-title').textContent())
      .toMatch(/^Kết quả ba chỉ số — Huyện Gia Lâm · 2022/);
  });

  it('adds any section of the view in use, and keeps an edited deck', async () => {
    const { page } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2023&unit=276&lang=vi&present=1',
      { width: 1920, height: 1080 },
    );
    await page.getByText('Danh sách trang').click();
    await page
      .getByLabel(/Phần của Huyện Thạch Thất, năm 2023/)
      .selectOption({ label: 'Chỉ số thành phần' });
    await page.getByRole('button', { name: 'Thêm trang' }).click();
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('2/7');
    expect(await page.locator('.slide-body').getAttribute('data-slide-kind')).toBe(
      'papi-vs-national',
    );
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('2/7');
    expect(await page.locator('.presenter-bar').textContent()).toContain('Bộ trang đã sửa');
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
    await speaker.getByRole('heading', { level: 1, name: /^1\/4\. / }).waitFor();
    expect(await speaker.locator('main > .slide-takeaway').textContent()).toBe(
      'Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm',
    );
    // The next slide is drawn, as the deck will show it: a chart or a list, not only its title.
    const preview = speaker.getByTestId('next-slide-preview');
    await expect
      .poll(() => preview.locator('svg.recharts-surface, li').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await deck.bringToFront();
    await deck.keyboard.press('PageDown');
    await speaker.getByRole('heading', { level: 1, name: /^2\/4\. / }).waitFor();
    await speaker.getByRole('button', { name: /Trang sau/ }).click();
    await expect.poll(() => deck.getByTestId('slide-number').textContent()).toBe('3/4');
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
    await page.goto(
      new URL('?index=PAR&year=2024&unit=276&lang=vi&present=6', baseUrl).toString(),
      {
        waitUntil: 'networkidle',
      },
    );
    await expect.poll(() => page.getByTestId('slide-number').textContent()).toBe('6/6');
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
