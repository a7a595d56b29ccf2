import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { adminApi } from './helpers/adminApi';
import { launchBrowser } from './helpers/launchBrowser';
import { saveScreenshot } from './helpers/saveScreenshot';
import { getList } from './helpers/storefrontApi';
import { VIEWPORTS } from './helpers/viewports';

const storeUrl = inject('storeUrl');
const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function editorialOnHome(page: Page): Promise<{ title: string; hrefs: (string | null)[] } | null> {
  await page.goto(storeUrl);
  await page.locator('[data-list="new"]').waitFor();
  const list = page.locator('[data-list="editorial:home"]');
  if ((await list.count()) === 0) return null;
  return {
    title: await list.getByRole('heading').innerText(),
    hrefs: await list
      .locator('[data-slot="aisle-card"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

describe('editorial list on the home page', () => {
  it('appears when the merchandisers publish it in the CMS, follows their changes and goes when unpublished', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The seed has no editorial list: the home page shows none, and no error either.
    expect(await editorialOnHome(page)).toBeNull();
    expect(await page.locator('[data-slot="aisle-error"]').count()).toBe(0);

    const products = (await getList(cmsUrl, 'new', { limit: '6' })).data.map((item) => item.product.id);
    const created = await adminApi<{ data: { id: number } }>(
      cmsUrl,
      adminToken,
      'POST',
      '/recommendations/editorial-lists',
      {
        slug: 'home',
        title: 'Picked by our staff',
        productIds: products.slice(0, 4),
        status: 'published',
      },
    );
    // The CMS may answer from its response cache for a short while: look again until the change shows.
    await expect
      .poll(() => editorialOnHome(page))
      .toEqual({
        title: 'Picked by our staff',
        hrefs: products.slice(0, 4).map((id) => `/products/${id}`),
      });
    await saveScreenshot(page, 'home-editorial-desktop');

    await adminApi(cmsUrl, adminToken, 'PUT', `/recommendations/editorial-lists/${created.data.id}`, {
      title: 'Weekend project picks',
      productIds: [products[5], products[4], products[0]],
    });
    await expect
      .poll(() => editorialOnHome(page), { timeout: 60_000 })
      .toEqual({
        title: 'Weekend project picks',
        hrefs: [products[5], products[4], products[0]].map((id) => `/products/${id}`),
      });
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'home-editorial-phone');

    await adminApi(cmsUrl, adminToken, 'PUT', `/recommendations/editorial-lists/${created.data.id}`, {
      status: 'draft',
    });
    await expect.poll(() => editorialOnHome(page), { timeout: 60_000 }).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
