import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { adminApi } from './helpers/adminApi';
import { listPerformance } from './helpers/listPerformance';
import { collectEvents } from './helpers/collectEvents';
import { launchBrowser } from './helpers/launchBrowser';
import { saveScreenshot } from './helpers/saveScreenshot';
import { VIEWPORTS } from './helpers/viewports';
import { waitFor } from './helpers/waitFor';

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

async function storedEvents(): Promise<number> {
  return (await adminApi<{ data: { events: number } }>(cmsUrl, adminToken, 'GET', '/recommendations/model'))
    .data.events;
}

const cartCount = async (page: Page) =>
  Number((await page.getByTestId('cart-count').innerText()).replace(/\D/g, ''));

describe('cart and checkout', () => {
  it('adds from a list, adds the bundle, shows lists for the basket and places the order with its purchases', async () => {
    const before = await listPerformance(cmsUrl, adminToken, 'best-selling');
    const eventsBefore = await storedEvents();
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const events = collectEvents(page);

    // A shopper follows the home page's Best selling list to a product and buys it with its bundle.
    await page.goto(storeUrl);
    const card = page.locator('[data-list="best-selling"]').locator('[data-slot="aisle-card"]').first();
    const href = (await card.getAttribute('href'))!;
    const productId = decodeURIComponent(href.replace('/products/', ''));
    await card.click();
    await page.waitForURL(`${storeUrl}${href}`);
    const price = Number((await page.getByTestId('product-price').innerText()).replace(/[^\d.]/g, ''));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect.poll(() => cartCount(page)).toBe(1);
    await page.getByText('Added to your cart.').waitFor();

    const bundle = page.getByTestId('list-frequently-bought-together');
    const bundleIds = await bundle
      .locator('[data-slot="aisle-card"]')
      .evaluateAll((links) =>
        links.map((link) => decodeURIComponent(link.getAttribute('href')!.split('/').pop()!)),
      );
    expect(bundleIds.length).toBeGreaterThan(0);
    await bundle.getByRole('button', { name: 'Add all to cart' }).click();
    await expect.poll(() => cartCount(page)).toBe(1 + bundleIds.length);
    await waitFor('the add to cart beacons', async () => {
      const added = new Set(
        events.filter((event) => event.type === 'add_to_cart').map((event) => event.productId),
      );
      return [productId, ...bundleIds].every((id) => added.has(id)) ? true : undefined;
    });

    // The cart: one line per product, and frequently bought together for the whole basket.
    await page.getByTestId('cart-link').click();
    await page.waitForURL(`${storeUrl}/cart`);
    expect(await page.getByTestId('cart-line').count()).toBe(1 + bundleIds.length);
    const basketList = page.getByTestId('list-frequently-bought-together');
    await basketList.getByRole('heading', { name: 'Complete your basket' }).waitFor();
    const basketItems = await basketList
      .locator('[data-slot="aisle-card"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(basketItems.length).toBeGreaterThan(0);
    // Nothing already in the basket is offered again.
    for (const id of [productId, ...bundleIds]) expect(basketItems).not.toContain(`/products/${id}`);
    expect(await page.getByTestId('cart-line').first().locator('a').first().getAttribute('href')).toBe(href);
    await page
      .getByTestId('cart-line')
      .first()
      .getByRole('button', { name: /^One more / })
      .click();
    await expect.poll(() => cartCount(page)).toBe(2 + bundleIds.length);
    await saveScreenshot(page, 'cart-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'cart-phone');
    await page.setViewportSize(VIEWPORTS.desktop);

    // Checkout: the form says what is missing, then places the order.
    await page.getByRole('link', { name: 'Go to checkout' }).click();
    await page.waitForURL(`${storeUrl}/checkout`);
    const total = await page.getByTestId('checkout-total').innerText();
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.getByText('Enter your name.').waitFor();
    await page.getByLabel('Full name').fill('Ada Shopper');
    // An edited field's error goes at once; the others stay until they are edited.
    expect(await page.getByText('Enter your name.').count()).toBe(0);
    expect(await page.getByText('Enter a delivery address.').count()).toBe(1);
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Delivery address').fill('1 Market Street, Dublin');
    await saveScreenshot(page, 'checkout-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'checkout-phone');
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL(/\/orders\/A-/);
    const orderId = await page.getByTestId('order-id').innerText();
    expect(await page.getByText(total).last().isVisible()).toBe(true);
    expect(await cartCount(page)).toBe(0);
    await saveScreenshot(page, 'order-desktop');
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, 'order-phone');
    expect(orderId).toMatch(/^A-[0-9A-Z]+-[0-9A-F]{4}$/);

    // The purchases reached the plugin: stored, and credited to the list whose click led to the product.
    const after = await waitFor('the purchase credited to Best selling', async () => {
      const now = await listPerformance(cmsUrl, adminToken, 'best-selling');
      return now.purchases > before.purchases ? now : undefined;
    });
    expect(after.purchases).toBe(before.purchases + 1);
    // Two units: the first line, the product the click led to, went up by one in the cart.
    expect(after.revenue).toBeCloseTo(before.revenue + 2 * price, 2);
    expect(await storedEvents()).toBeGreaterThanOrEqual(eventsBefore + 1 + bundleIds.length);
    await context.close();
  });

  it('sends an empty cart from the checkout back to the cart', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${storeUrl}/checkout`);
    await page.waitForURL(`${storeUrl}/cart`);
    expect(await page.getByText('Your cart is empty.').isVisible()).toBe(true);
    expect(
      await page
        .locator('[data-placement="cart:best-selling:a"]')
        .locator('[data-slot="aisle-item"]')
        .count(),
    ).toBeGreaterThan(0);
    await context.close();
  });
});
