import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { collectEvents } from './helpers/collectEvents';
import { launchBrowser } from './helpers/launchBrowser';
import { listPerformance } from './helpers/listPerformance';
import { saveScreenshot } from './helpers/saveScreenshot';
import { getList } from './helpers/storefrontApi';
import { VIEWPORTS } from './helpers/viewports';
import { waitFor } from './helpers/waitFor';

const storeUrl = inject('storeUrl');
const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');
let browser: Browser;
let productId: string;
let title: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const best = (await getList(cmsUrl, 'best-selling', { limit: '1' })).data[0]!.product;
  productId = best.id;
  title = best.title;
});
afterAll(async () => {
  await browser?.close();
});

describe('product page', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`shows the product, People also like, Frequently bought together and Similar on a ${name}`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${storeUrl}/products/${productId}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await page.getByTestId('product-price').innerText()).toMatch(/^€[\d,]+\.\d\d$/);
      expect(await page.getByRole('button', { name: 'Add to cart' }).isEnabled()).toBe(true);
      // The lists stream in after the product: wait for them rather than look once.
      const also = page.locator('[data-list="people-also-like"]');
      await also.getByRole('heading', { name: 'People also like' }).waitFor();
      expect(await also.locator('[data-slot="aisle-item"]').count()).toBeGreaterThanOrEqual(4);
      const bundle = page.getByTestId('list-frequently-bought-together');
      await bundle.getByRole('heading', { name: 'Frequently bought together' }).waitFor();
      const bundleItems = await bundle.locator('[data-slot="aisle-item"]').count();
      expect(bundleItems).toBeGreaterThanOrEqual(1);
      expect(bundleItems).toBeLessThanOrEqual(3);
      expect(await bundle.getByRole('checkbox', { checked: true }).count()).toBe(bundleItems);
      expect(await bundle.getByRole('button', { name: 'Add all to cart' }).isEnabled()).toBe(true);
      await page.locator('[data-list="similar"]').locator('[data-slot="aisle-item"]').first().waitFor();
      // The page's own product is never recommended to itself.
      expect(await page.locator(`[data-slot="aisle-card"][href="/products/${productId}"]`).count()).toBe(0);
      await saveScreenshot(page, `product-${name}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('records the view, and a click on a recommendation with the list that showed it', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const events = collectEvents(page);
    await page.goto(`${storeUrl}/products/${productId}`);
    const view = await waitFor('the view beacon', async () =>
      events.find((event) => event.type === 'view' && event.productId === productId),
    );
    expect(view.sessionId).toMatch(/^[0-9a-f-]{36}$/);

    const clicksBefore = (await listPerformance(cmsUrl, adminToken, 'people-also-like')).clicks;
    const card = page.locator('[data-list="people-also-like"]').locator('[data-slot="aisle-card"]').first();
    const href = (await card.getAttribute('href'))!;
    const clicked = decodeURIComponent(href.replace('/products/', ''));
    await card.click();
    await page.waitForURL(`${storeUrl}${href}`);
    // The click's beacon leaves with the page it was made on: the plugin's count of the list's clicks shows it.
    await expect
      .poll(async () => (await listPerformance(cmsUrl, adminToken, 'people-also-like')).clicks)
      .toBe(clicksBefore + 1);
    // The page of the clicked product records its own view.
    await waitFor('the second view', async () =>
      events.find((event) => event.type === 'view' && event.productId === clicked),
    );
    await context.close();
  });

  it('answers 404 with the shop around it for a product the catalog does not have', async () => {
    const response = await fetch(`${storeUrl}/products/NOT-A-PRODUCT`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('We could not find that page');
  });
});
