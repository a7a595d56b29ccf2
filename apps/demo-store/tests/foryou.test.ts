import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser } from './helpers/launchBrowser';
import { saveScreenshot } from './helpers/saveScreenshot';
import { getList } from './helpers/storefrontApi';
import { VIEWPORTS } from './helpers/viewports';
import { waitFor } from './helpers/waitFor';

const storeUrl = inject('storeUrl');
const cmsUrl = inject('cmsUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('For you (an anonymous shopper)', () => {
  it('shows picks at once, and the products the shopper viewed under Recently viewed', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${storeUrl}/for-you`);
    expect(
      await page.locator('[data-placement="for-you:picks:a"]').locator('[data-slot="aisle-item"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText('Products you look at appear here').isVisible()).toBe(true);

    const viewed = (await getList(cmsUrl, 'trending', { limit: '2' })).data.map((item) => item.product);
    for (const product of viewed) {
      await page.goto(`${storeUrl}/products/${product.id}`);
      await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
    }
    // Leaving the page sends the queued view; the plugin stores events in batches: look again until they show.
    await page.goto(`${storeUrl}/for-you`);
    const recent = page.getByTestId('list-recently-viewed');
    const shown = await waitFor('the viewed products under Recently viewed', async () => {
      await page.reload();
      const hrefs = await recent
        .locator('[data-slot="aisle-card"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      return viewed.every((product) => hrefs.includes(`/products/${product.id}`)) ? hrefs : undefined;
    });
    // The last viewed comes first.
    expect(shown[0]).toBe(`/products/${viewed[1]!.id}`);
    await saveScreenshot(page, 'for-you-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'for-you-phone');
    await context.close();
  });

  it('lists a category with its trending products', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(storeUrl);
      const department = page.getByRole('navigation', { name: 'Departments' }).getByRole('link').first();
      const departmentName = await department.innerText();
      await department.click();
      await page.waitForURL(/\/categories\//);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(departmentName);
      // The category page's placement: what is trending in it, under a heading naming it.
      const trending = page.locator('[data-placement^="category:trending:"]');
      await trending.getByRole('heading', { name: `Trending in ${departmentName}` }).waitFor();
      expect(await trending.locator('[data-slot="aisle-item"]').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('product-grid').getByRole('link').count()).toBe(24);
      await saveScreenshot(page, `category-${name}`);
      await context.close();
    }
  });
});
