import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { adminApi } from './helpers/adminApi';
import { launchBrowser } from './helpers/launchBrowser';
import { getList } from './helpers/storefrontApi';
import { VIEWPORTS } from './helpers/viewports';

// A merchandiser composes the store's pages in the CMS's admin panel, and the store shows it on the next load.
// The parts of the plugin's placement contract the tests read (and restore through the admin API afterwards).
interface Placement {
  id: number;
  slot: string;
  modules: unknown[];
}

const storeUrl = inject('storeUrl');
const cmsUrl = inject('cmsUrl');
const adminToken = inject('adminToken');
const adminUser = inject('admin');
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await admin.goto(`${cmsUrl}/admin/auth/login`);
  await admin.getByLabel('Email').fill(adminUser.email);
  await admin.getByLabel('Password').fill(adminUser.password);
  await admin.getByRole('button', { name: 'Login' }).click();
  await admin.waitForURL((url) => !url.pathname.includes('/auth/'));
  // Strapi's own announcement (the new media library) would cover the page.
  await admin.goto(`${cmsUrl}/admin/plugins/recommendations/placements`);
  await admin.getByRole('heading', { name: 'Placements', level: 1 }).waitFor();
  const banner = admin.getByText('Introducing the new Media Library');
  if (await banner.isVisible()) {
    await admin.getByRole('button', { name: 'Close' }).first().click();
    await banner.waitFor({ state: 'hidden' });
  }
});
afterAll(async () => {
  await browser?.close();
});

const slot = async (name: string) =>
  (await adminApi<{ data: Placement[] }>(cmsUrl, adminToken, 'GET', '/recommendations/placements')).data.find(
    (placement) => placement.slot === name,
  )!;
const restore = (placement: Placement) =>
  adminApi(cmsUrl, adminToken, 'PUT', `/recommendations/placements/${placement.id}`, {
    modules: placement.modules,
    status: 'published',
  });

/** Opens a placement in the admin from the list of placements, as a merchandiser does. */
async function openPlacement(name: string) {
  await admin.goto(`${cmsUrl}/admin/plugins/recommendations/placements`);
  await admin.getByRole('link', { name }).click();
  await admin.getByRole('heading', { name, level: 1 }).waitFor();
}

async function choose(scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await admin.getByRole('option', { name: option, exact: true }).click();
}

async function publish() {
  const saved = admin.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' && response.url().includes('/recommendations/placements/'),
  );
  await admin.getByRole('button', { name: 'Publish', exact: true }).click();
  expect((await saved).status()).toBe(200);
}

describe('pages composed from placements in the admin', () => {
  it("shows Trending in the current category, added above the category page's list, on the next load", async () => {
    const stored = await slot('category');
    try {
      await openPlacement('Category page, above the products');
      await admin.getByRole('button', { name: 'Add a list' }).click();
      const added = admin.getByRole('region', { name: 'List 2' });
      await choose(added, 'List', 'Trending now');
      await added.getByRole('textbox', { name: 'Heading shoppers see' }).fill('Hot in {category}');
      await choose(added, 'Products from', "The page's category");
      await admin.getByRole('button', { name: 'Move List 2 up' }).click();
      await publish();

      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      await page.goto(storeUrl);
      const department = page.getByRole('navigation', { name: 'Departments' }).getByRole('link').first();
      const name = await department.innerText();
      await department.click();
      await page.waitForURL(/\/categories\//);
      const sections = page.locator('[data-placement^="category:"]');
      await sections
        .first()
        .getByRole('heading', { name: `Hot in ${name}` })
        .waitFor();
      expect(await sections.first().getAttribute('data-placement')).toBe('category:list-2:a');
      expect(await sections.first().getAttribute('data-list')).toBe('trending');
      expect(await sections.first().locator('[data-slot="aisle-item"]').count()).toBeGreaterThan(0);
      await context.close();
    } finally {
      await restore(stored);
    }
  });

  it('A/B tests People also like against Similar products on the product page, and shows both variants’ figures', async () => {
    const stored = await slot('product');
    try {
      await openPlacement('Product page, below the bundle');
      await admin.getByRole('button', { name: 'Remove List 2' }).click();
      const tested = admin.getByRole('region', { name: 'List 1' });
      await tested.getByRole('button', { name: 'Test another list (A/B)' }).click();
      await choose(tested, 'Variant B: list', 'Similar products');
      await tested.getByRole('textbox', { name: 'Heading shoppers see' }).nth(1).fill('Similar products');
      await publish();

      const productId = (await getList(cmsUrl, 'best-selling', { limit: '1' })).data[0]!.product.id;
      const seen = new Map<string, number>();
      // New shoppers until both variants had two of them: each sticks to one, drawn by its session.
      for (let shopper = 0; shopper < 40 && !(seen.get('a')! >= 2 && seen.get('b')! >= 2); shopper++) {
        const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
        const page = await context.newPage();
        await page.goto(`${storeUrl}/products/${productId}`);
        const module = page.locator('[data-placement^="product:also:"]');
        await module.locator('[data-slot="aisle-card"]').first().waitFor();
        const variant = (await module.getAttribute('data-placement'))!.split(':')[2]!;
        expect(await module.getAttribute('data-list')).toBe(variant === 'a' ? 'people-also-like' : 'similar');
        await page.reload();
        expect((await module.getAttribute('data-placement'))!.split(':')[2]).toBe(variant);
        await module.scrollIntoViewIfNeeded();
        const card = module.locator('[data-slot="aisle-card"]').first();
        const href = (await card.getAttribute('href'))!;
        await card.click();
        await page.waitForURL(`${storeUrl}${href}`);
        seen.set(variant, (seen.get(variant) ?? 0) + 1);
        await context.close();
      }
      expect([...seen.keys()].sort()).toEqual(['a', 'b']);

      // The admin's figures, variant by variant (the events arrive in batches: look again until they show).
      await expect
        .poll(
          async () => {
            await openPlacement('Product page, below the bundle');
            const rows = admin.getByRole('region', { name: 'List 1' }).locator('tbody tr');
            await rows.first().waitFor();
            const cells = await rows.evaluateAll((elements) =>
              elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
            );
            return Object.fromEntries(
              cells.map(([variant, impressions, clicks]) => [
                variant!.toLowerCase(),
                Number(impressions!.replace(/\D/g, '')) > 0 &&
                  Number(clicks!.replace(/\D/g, '')) >= seen.get(variant!.toLowerCase())!,
              ]),
            );
          },
          { timeout: 60_000, interval: 2_000 },
        )
        .toEqual({ a: true, b: true });
    } finally {
      await restore(stored);
    }
  });
});
