// Debian's Chromium driven by playwright-core (no browser download: `npx playwright install`
// cannot reach its servers here). Every page records console errors and requests that leave
// its own origin, so each test can assert there were none.
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilderSource from 'axe-core/axe.min.js?raw';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** File names of the scripts the page requested. */
  scripts: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  viewport = { width: 1366, height: 768 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
      foreignRequests.push(u);
    if (r.resourceType() === 'script') scripts.push(new URL(u).pathname.split('/').pop() ?? u);
  });
  await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
  return { page, consoleErrors, foreignRequests, scripts };
}

/**
 * Waits until every section of the view has drawn: the lazy ones (`data-pending`) and the ones
 * drawn when scrolled to (`data-when-visible`), each scrolled to in turn. One wheel turn is not
 * enough: sections still loading above can push a waiting one out of view after the scroll.
 */
export async function drawEverySection(page: Page): Promise<void> {
  await page.locator('.tile').first().waitFor();
  await expect
    .poll(
      async () => {
        const waiting = page.locator('[data-when-visible]');
        const n = await waiting.count();
        if (n > 0)
          await waiting
            .first()
            .scrollIntoViewIfNeeded({ timeout: 1000 })
            .catch(() => undefined);
        return n + (await page.locator('[data-pending]').count());
      },
      { timeout: 20_000 },
    )
    .toBe(0);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a script tag: the page's own CSP forbids inline scripts.
  await page.evaluate(AxeBuilderSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One browser for a test file: launched before its tests, closed after them. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}
