import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { adminApi } from './helpers/adminApi';
import { launchBrowser } from './helpers/launchBrowser';
import { getList } from './helpers/storefrontApi';
import { VIEWPORTS } from './helpers/viewports';

// The parts of the plugin's placement contracts the tests read and write.
interface PlacementModule {
  key: string;
  variants: { key: string; source: { list: string }; heading: string; share: number }[];
  limit: number;
  layout: 'carousel' | 'grid';
  scope: { category?: string; currentCategory?: boolean } | null;
  startsAt: string | null;
  endsAt: string | null;
}
interface Placement {
  id: number;
  slot: string;
  modules: PlacementModule[];
}
interface ModulePerformance {
  slot: string;
  module: string;
  variants: { variant: string; impressions: number; clicks: number }[];
}

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

const slot = async (name: string) =>
  (await adminApi<{ data: Placement[] }>(cmsUrl, adminToken, 'GET', '/recommendations/placements')).data.find(
    (placement) => placement.slot === name,
  )!;
const saveModules = (placement: Placement, modules: PlacementModule[]) =>
  adminApi(cmsUrl, adminToken, 'PUT', `/recommendations/placements/${placement.id}`, { modules });
const moduleOf = (
  key: string,
  variants: PlacementModule['variants'],
  extra: Partial<PlacementModule> = {},
) => ({
  key,
  variants,
  limit: 6,
  layout: 'carousel' as const,
  scope: null,
  startsAt: null,
  endsAt: null,
  ...extra,
});

describe('pages composed from placements', () => {
  it("shows a list a merchandiser adds to the category page's slot, above the one there, on the next load", async () => {
    const category = await slot('category');
    await saveModules(category, [
      moduleOf(
        'best-here',
        [{ key: 'a', source: { list: 'best-selling' }, heading: 'Best sellers in {category}', share: 100 }],
        {
          layout: 'grid',
          scope: { currentCategory: true },
        },
      ),
      ...category.modules,
    ]);
    try {
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
        .getByRole('heading', { name: `Best sellers in ${name}` })
        .waitFor();
      expect(
        await sections.evaluateAll((elements) =>
          elements.map((element) => element.getAttribute('data-placement')),
        ),
      ).toEqual(['category:best-here:a', 'category:trending:a']);
      expect(await sections.first().getAttribute('data-layout')).toBe('grid');
      expect(await sections.first().locator('[data-slot="aisle-item"]').count()).toBeGreaterThan(0);
      await context.close();
    } finally {
      await saveModules(category, category.modules);
    }
  });

  it('A/B tests People also like against Similar products on the product page, and counts each variant', async () => {
    const product = await slot('product');
    await saveModules(product, [
      moduleOf('related', [
        { key: 'also', source: { list: 'people-also-like' }, heading: 'People also like', share: 50 },
        { key: 'similar', source: { list: 'similar' }, heading: 'Similar products', share: 50 },
      ]),
    ]);
    try {
      const productId = (await getList(cmsUrl, 'best-selling', { limit: '1' })).data[0]!.product.id;
      const seen = new Map<string, number>();
      // New shoppers until both variants had two of them: each sticks to one, drawn by its session.
      for (
        let shopper = 0;
        shopper < 40 && !(seen.get('also')! >= 2 && seen.get('similar')! >= 2);
        shopper++
      ) {
        const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
        const page = await context.newPage();
        await page.goto(`${storeUrl}/products/${productId}`);
        const module = page.locator('[data-placement^="product:related:"]');
        await module.locator('[data-slot="aisle-card"]').first().waitFor();
        const variant = (await module.getAttribute('data-placement'))!.split(':')[2]!;
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
      expect([...seen.keys()].sort()).toEqual(['also', 'similar']);
      await expect
        .poll(
          async () => {
            const { data } = await adminApi<{ data: { days: number; modules: ModulePerformance[] }[] }>(
              cmsUrl,
              adminToken,
              'GET',
              '/recommendations/performance/placements',
            );
            const related = data
              .find((window) => window.days === 7)
              ?.modules.find((entry) => entry.slot === 'product' && entry.module === 'related');
            return Object.fromEntries(
              (related?.variants ?? []).map((variant) => [
                variant.variant,
                variant.clicks >= seen.get(variant.variant)! && variant.impressions > 0,
              ]),
            );
          },
          { timeout: 20_000 },
        )
        .toEqual({ also: true, similar: true });
    } finally {
      await saveModules(product, product.modules);
    }
  });
});
