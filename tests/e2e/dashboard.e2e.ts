// The leaders' dashboard in a real browser, against the production build.
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../csp';
import { describe, expect, inject, it } from 'vitest';
import { axeSerious, browserForFile, drawEverySection, openPage } from './browser';

const baseUrl = inject('baseUrl');

const browser = browserForFile();

describe('leaders’ dashboard', () => {
  it('shows Hà Nội’s PAR Index 2024: 92,57 % and 3/63 official', async () => {
    const { page, consoleErrors, foreignRequests, scripts } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=01&lang=vi',
    );
    const card = page.getByRole('article', { name: /Thành phố Hà Nội — PAR 2024/ });
    await expect.poll(() => card.getByTestId('score').textContent()).toBe('92,57\u00a0%');
    expect(await card.getByTestId('rank').textContent()).toBe('3/63');
    expect(await card.textContent()).toContain('chính thức');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The canonical bundled files need neither the full importer nor, with nothing uploaded,
    // the upload store (chunks named after src/domain/bundle.ts and src/data/upload-store.ts).
    expect(scripts.filter((s) => /^(bundle|upload-store|idb)-/.test(s))).toEqual([]);
  });

  it('shows a commune’s computed rank among its district’s communes, marked as sample', async () => {
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=09958&lang=vi',
    );
    const card = page.getByRole('article', { name: /Xã Đại Đồng — PAR 2024/ });
    await card.waitFor();
    expect(await card.getByTestId('rank').textContent()).toMatch(/^\d+\/23$/);
    expect(await card.textContent()).toContain(
      'tính toán, trong 23 đơn vị có dữ liệu / 23 theo danh mục',
    );
    expect(await card.getByText('dữ liệu mẫu', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('note').filter({ hasText: 'Dữ liệu mẫu' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('shows a point’s values on hover and with the arrow keys', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=PAR&year=2024&unit=01&lang=vi');
    // One tab stop per chart (its frame), none inside it.
    expect(await page.locator('.chart-body [tabindex="0"]').count()).toBe(0);
    const rank = page.getByRole('img', { name: /^Thứ hạng/ });
    await rank.locator('[data-tip]').last().hover();
    const tip = page.locator('.chart-tip');
    await expect.poll(() => tip.textContent()).toBe('Năm 2024Xếp hạng: 3/63 (chính thức)');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count()).toBe(0);
    await rank.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tip.textContent()).toMatch(/^Năm 2023Xếp hạng: \d+\/63/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
  });

  it('reads each sub-index’s bar on hover and with the arrow keys, as its table row says', async () => {
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=09967&lang=vi',
    );
    // The chart's frame: named by its description (every bar's share), found by its section.
    const chart = page.locator('.subindices .chart-body');
    await chart.locator('.drawn-bar').first().waitFor();
    const rows = page.locator('.subindices table tbody tr');
    // One bar group per component, each with the unit's bar and the peers' one.
    const bars = chart.locator('.drawn-bar');
    expect(await bars.count()).toBe(await rows.count());
    expect(await bars.locator('rect:not([fill="transparent"])').count()).toBe(
      2 * (await bars.count()),
    );
    const tip = page.locator('.chart-tip');
    // The table reads by gap; the chart in the components' order. Each tip matches its row.
    const cells = async (name: string) =>
      rows
        .filter({ has: page.locator('th', { hasText: name }) })
        .locator('td')
        .allTextContents();
    await bars.nth(1).locator('rect[fill="transparent"]').hover();
    const hovered = (await tip.innerText()).split('\n');
    const name = hovered[0] ?? '';
    const row = await cells(name);
    expect(hovered[1]).toBe(
      `Xã Phú Kim: ${row[1]}${hovered[1]?.endsWith('(yếu)') ? ' (yếu)' : ''}`,
    );
    expect(hovered[2]).toBe(`Trung bình đơn vị cùng cấp: ${row[4]}`);
    expect(hovered[3]).toBe(`Năm 2023: ${row[2]}`);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count()).toBe(0);
    await chart.focus();
    await page.keyboard.press('End');
    await expect.poll(() => tip.innerText()).toMatch(/^D8 /);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => tip.innerText()).toMatch(/^D7 /);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps every tooltip inside its chart on a phone, however long its lines', async () => {
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=09967&lang=vi',
      { width: 390, height: 844 },
    );
    await drawEverySection(page);
    const tip = page.locator('.chart-tip');
    const charts = page.locator('.chart-body[role="img"]');
    let seen = 0;
    for (let c = 0; c < (await charts.count()); c++) {
      const chart = charts.nth(c);
      const points = await chart.locator('[data-tip]').count();
      if (points === 0) continue;
      await chart.scrollIntoViewIfNeeded();
      await chart.focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < points; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await tip.waitFor();
        const box = await tip.boundingBox();
        const frame = await chart.boundingBox();
        const inside =
          box !== null &&
          frame !== null &&
          box.x >= frame.x - 0.5 &&
          box.x + box.width <= frame.x + frame.width + 0.5;
        expect(inside, `${await chart.getAttribute('aria-label')}: ${await tip.innerText()}`).toBe(
          true,
        );
        seen++;
      }
      await page.keyboard.press('Escape');
    }
    expect(seen).toBeGreaterThan(20);
    expect(consoleErrors).toEqual([]);
  });

  it('names every peer on the peers chart on hover and focus, and draws the peers picked', async () => {
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=276&lang=vi',
    );
    const peers = page.getByRole('img', { name: /^So với các đơn vị cùng cấp/ });
    // The section is drawn when it comes into view.
    await drawEverySection(page);
    await peers.scrollIntoViewIfNeeded();
    const tip = page.locator('.chart-tip');
    // Every point of every line drawn names its unit and rank on hover.
    const lines = await peers.locator('.drawn-line').count();
    expect(lines).toBeGreaterThan(5);
    const targets = peers.locator('circle[fill="transparent"]:not([data-tip])');
    const names = new Set<string>();
    for (let i = 0; i < (await targets.count()); i += 8) {
      await targets.nth(i).hover({ force: true });
      const text = (await tip.textContent()) ?? '';
      expect(text).toMatch(/^Năm 20\d\d(\d+\. [^\d]+){1,2}$/);
      const strong = await tip.locator('.tip-strong').allTextContents();
      for (const n of strong) names.add(n.replace(/^\d+\. /, ''));
    }
    expect(names.size).toBeGreaterThan(4);
    await page.mouse.move(0, 0);
    // From the keyboard, a year lists every line drawn, the unit in bold, inside the chart.
    await peers.focus();
    await page.keyboard.press('End');
    const list = await tip.locator('span').allTextContents();
    expect(list.length).toBe(lines);
    expect(await tip.locator('.tip-strong').allTextContents()).toEqual([
      expect.stringMatching(/^\d+\. Huyện Thạch Thất$/),
    ]);
    const box = await tip.boundingBox();
    const chart = await peers.boundingBox();
    expect(box && chart && box.y >= chart.y && box.y + box.height <= chart.y + chart.height).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    // Picked in the ranking table: in the address, in the legend, drawn in its own colour.
    await page.getByRole('checkbox', { name: 'So sánh Huyện Ba Vì trên biểu đồ' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('peers')).toBe('271');
    await expect
      .poll(() => peers.locator('xpath=..').locator('.legend').textContent())
      .toContain('Huyện Ba Vì');
    // The address opens with the same pick.
    await page.reload({ waitUntil: 'networkidle' });
    await drawEverySection(page);
    expect(
      await page.getByRole('checkbox', { name: 'So sánh Huyện Ba Vì trên biểu đồ' }).isChecked(),
    ).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('opens under a strict Content-Security-Policy (intranet servers may send one)', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.route('**/*', async (route) => {
      const res = await route.fetch();
      const headers = { ...res.headers() };
      if (route.request().resourceType() === 'document') {
        headers['content-security-policy'] = "default-src 'self'; img-src 'self' data: blob:";
      }
      await route.fulfill({ response: res, headers });
    });
    await page.goto(new URL('?index=PAR&year=2024&unit=01&lang=vi', baseUrl).toString());
    const card = page.getByRole('article', { name: /Thành phố Hà Nội — PAR 2024/ });
    await expect.poll(() => card.getByTestId('score').textContent()).toBe('92,57\u00a0%');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ships its own Content-Security-Policy and breaks none of it: view, upload, image export', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(new URL('?index=PAR&year=2024&unit=01&lang=vi&panel=data', baseUrl).toString());
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const card = page.getByRole('article', { name: /Thành phố Hà Nội — PAR 2024/ });
    await expect.poll(() => card.getByTestId('score').textContent()).toBe('92,57\u00a0%');
    // The import worker and IndexedDB run under it too.
    await page
      .getByLabel('Tải lên tệp CSV')
      .setInputFiles(
        join(import.meta.dirname, '..', 'fixtures', 'import', '03-windows-1258-wide.csv'),
      );
    await page
      .getByRole('article', { name: '03-windows-1258-wide.csv' })
      .getByText('Không có lỗi.')
      .waitFor();
    const png = page.getByRole('button', { name: 'PNG 1920×1080' }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), png.click()]);
    expect(await download.path()).toBeTruthy();
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it('draws every chart reached by switching years and units as the same view opened afresh', async () => {
    // The charts draw their lines and bars from Recharts' scales and give Recharts' store only
    // the categories, kept while they stay the same; a chart must never keep anything of the view
    // it came from (a rank range, a year, a unit's values).
    const { page, consoleErrors } = await openPage(
      browser(),
      baseUrl,
      '?index=PAR&year=2024&unit=09967&lang=vi',
    );
    const geometry = (p: typeof page) =>
      p.evaluate<string[]>(`(() => {
        const r = (v) => (v === null || v === '' || isNaN(+v) ? v : String(Math.round(+v * 100) / 100));
        return [...document.querySelectorAll('figure.chart svg')].map((svg) =>
          [...svg.querySelectorAll('path, rect, line, circle, text')]
            .map((el) =>
              [el.tagName, ...['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height']
                .map((a) => (a === 'd' ? (el.getAttribute('d') || '').replace(/\\d+\\.\\d+/g, (m) => r(m)) : r(el.getAttribute(a)))),
               el.tagName === 'text' ? el.textContent : ''].join(' '),
            )
            .sort()
            .join('\\n'),
        );
      })()`);
    const steps: ((p: typeof page) => Promise<void>)[] = [
      (p) =>
        p
          .locator('#ctl-year')
          .selectOption('2023')
          .then(() => undefined),
      (p) => p.locator('.ranking tbody button.link').nth(3).click(),
      (p) =>
        p
          .locator('#ctl-year')
          .selectOption('2024')
          .then(() => undefined),
      (p) => p.locator('.ranking tbody button.link').nth(12).click(),
      (p) => p.locator('.breadcrumb button.link').last().click(),
    ];
    for (const step of steps) {
      await drawEverySection(page);
      await step(page);
      await page.waitForLoadState('networkidle');
      await drawEverySection(page);
      await page.waitForTimeout(300);
      const fresh = await openPage(browser(), baseUrl, new URL(page.url()).search);
      await drawEverySection(fresh.page);
      await fresh.page.waitForTimeout(300);
      const switched = await geometry(page);
      expect(switched.length).toBeGreaterThan(1);
      expect(switched, new URL(page.url()).search).toEqual(await geometry(fresh.page));
      await fresh.page.close();
    }
    expect(consoleErrors).toEqual([]);
  });

  it('updates the URL from the year control, and back goes back', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=PAR&year=2024&unit=276&lang=vi');
    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2022');
    await page.getByRole('article', { name: /Huyện Thạch Thất — PAR 2022/ }).waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
    await page.getByRole('article', { name: /Huyện Thạch Thất — PAR 2024/ }).waitFor();
  });

  it('finds "Thạch Thất" when typing "thach that" and opens it', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=PAR&year=2024&unit=01&lang=vi');
    const box = page.getByRole('combobox', { name: 'Đơn vị' });
    await box.fill('thach that');
    await page.getByRole('option', { name: /Huyện Thạch Thất/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('276');
    await page.getByRole('article', { name: /Huyện Thạch Thất — PAR/ }).waitFor();
  });

  it('drills down from Hà Nội to a district and a commune, and back up', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=PAR&year=2024&unit=01&lang=vi');
    await page.getByText(/Xem cấp dưới/).click();
    await page.getByRole('button', { name: 'Huyện Thạch Thất' }).click();
    await page.getByText(/Xem cấp dưới/).click();
    await page.getByRole('button', { name: 'Xã Cẩm Yên' }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('09961');
    await page
      .getByRole('navigation', { name: 'Cấp hành chính' })
      .getByRole('button', { name: 'Thành phố Hà Nội' })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('01');
  });

  it('switches to English and keeps the view', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=SIPAS&year=2024&unit=01&lang=vi');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    const card = page.getByRole('article', { name: /Thành phố Hà Nội — SIPAS 2024/ });
    expect(await card.getByTestId('score').textContent()).toBe('86.50%');
    expect(await card.getByTestId('rank').textContent()).toBe('11/63');
    expect(await page.getByLabel('Year', { exact: true }).count()).toBe(1);
  });

  it('falls back to defaults with a notice for bad parameters', async () => {
    const { page } = await openPage(browser(), baseUrl, '?index=XYZ&year=1900&unit=99999&lang=vi');
    await page.getByRole('status').filter({ hasText: 'không hợp lệ' }).waitFor();
    await page.getByRole('article', { name: /Thành phố Hà Nội — PAR/ }).waitFor();
  });

  it('prints the handout only once every section is drawn, from Ctrl+P pressed while loading', async () => {
    const browserInstance = browser();
    const context = await browserInstance.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    // What the page holds at the moment the print dialog would open.
    await page.addInitScript(() => {
      const w = window as unknown as { printedWith: string[] };
      w.printedWith = [];
      window.print = () => {
        w.printedWith.push(
          [
            document.querySelectorAll('[data-pending], [data-when-visible]').length,
            document.querySelectorAll('figure').length,
            document.querySelector('main')?.textContent?.includes('Đang tải') ? 'loading' : 'ok',
          ].join('|'),
        );
      };
    });
    await page.goto(new URL('?index=PAR&year=2024&unit=276&lang=vi', baseUrl).toString(), {
      waitUntil: 'commit',
    });
    await page.locator('header button').first().waitFor();
    await page.keyboard.press('Control+p');
    const printed = () =>
      page.evaluate(() => (window as unknown as { printedWith: string[] }).printedWith);
    await expect.poll(printed, { timeout: 30_000 }).toHaveLength(1);
    // Nothing pending, the peers section (drawn only when scrolled to) in: 4 charts, no loading.
    expect(await printed()).toEqual(['0|4|ok']);
    // On paper: no place kept for an undrawn section, no control, charts within the page.
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('.view-switch, .header-actions, .compare-col').first().isVisible(),
    ).toBe(false);
    const overflow = await page.evaluate(
      () =>
        [...document.querySelectorAll('.chart-body svg')].filter(
          (svg) =>
            svg.getBoundingClientRect().right >
            (svg.closest('figure')?.getBoundingClientRect().right ?? 0) + 1,
        ).length,
    );
    expect(overflow).toBe(0);
    // The print button waits the same way; a second press while it waits is the same print.
    await page.emulateMedia({ media: 'screen' });
    const button = page.getByRole('button', { name: 'In bản tóm tắt' });
    await button.click();
    await button.click();
    await expect.poll(printed).toHaveLength(2);
    await page.waitForTimeout(500);
    expect(await printed()).toHaveLength(2);
    await context.close();
  });

  it.each([
    ['Hà Nội, PAR', '?index=PAR&year=2024&unit=01&lang=vi'],
    ['district, SIPAS', '?index=SIPAS&year=2023&unit=276&lang=vi'],
    ['commune, PAR, English', '?index=PAR&year=2024&unit=09958&lang=en'],
    ['Hà Nội, PAPI', '?index=PAPI&year=2022&unit=01&lang=vi'],
  ])('has no serious or critical axe violation: %s', async (_name, path) => {
    const { page } = await openPage(browser(), baseUrl, path);
    await page.getByRole('article').first().waitFor();
    const violations = await axeSerious(page);
    expect(
      violations.map(
        (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});
