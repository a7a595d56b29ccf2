import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser } from './helpers/launchBrowser';
import { saveScreenshot } from './helpers/saveScreenshot';
import { VIEWPORTS } from './helpers/viewports';

const storeUrl = inject('storeUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('has New arrivals, Best selling and Trending in the HTML the server sends', async () => {
    const html = await (await fetch(storeUrl)).text();
    for (const title of ['New arrivals', 'Best selling', 'Trending']) {
      expect(html).toContain(title);
    }
    // Each list's first items are server-rendered product links, not skeletons.
    expect(html.match(/data-slot="aisle-card"/g)?.length ?? 0).toBeGreaterThanOrEqual(3 * 12);
    expect(html).not.toContain('data-slot="aisle-skeleton"');
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`shows its lists with products on a ${name}`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(storeUrl);
      for (const list of ['new', 'best-selling', 'trending']) {
        // The lists of the home page's placement, as the seed composed it.
        const section = page.locator(`[data-list="${list}"]`);
        await expect.poll(() => section.locator('[data-slot="aisle-item"]').count()).toBe(12);
        await expect.poll(() => section.getAttribute('aria-busy')).toBe('false');
      }
      await expect.poll(() => page.getByRole('heading', { name: 'New arrivals' }).isVisible()).toBe(true);
      // The header: departments and an empty cart.
      expect(await page.getByRole('navigation', { name: 'Departments' }).getByRole('link').count()).toBe(8);
      expect(await page.getByTestId('cart-count').innerText()).toMatch(/0$/);
      // Every list picture is served by the store (from the CMS through the proxy) and loads.
      const pictures = page.locator('[data-slot="aisle-image"]');
      const first = await pictures.first().getAttribute('src');
      expect(first).toMatch(/^\/cms\/uploads\/.+\.svg$/);
      const picture = await page.request.get(new URL(first!, storeUrl).toString());
      expect(picture.status()).toBe(200);
      expect(picture.headers()['content-type']).toContain('image/svg+xml');
      await saveScreenshot(page, `home-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('gives a new shopper a session cookie and keeps it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(storeUrl);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'aisle_session');
    expect(session?.value).toMatch(/^[0-9a-f-]{36}$/);
    await page.goto(`${storeUrl}/for-you`);
    const again = (await context.cookies()).find((cookie) => cookie.name === 'aisle_session');
    expect(again?.value).toBe(session?.value);
    await context.close();
  });
});
