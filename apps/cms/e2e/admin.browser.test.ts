import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SeededCms } from '../testing/startSeededCms.mjs';
import { startSeededCms } from '../testing/startSeededCms.mjs';

// A merchandiser's session in the real admin panel of a freshly seeded CMS: an editorial list created and
// published, "frequently bought together" of a product adjusted, both read back through the public storefront
// API. Each of the plugin's six pages is saved as a screenshot to look at.
const PORT = 3401;
const VIEWPORT = { width: 1440, height: 1000 };
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Product {
  id: string;
  title: string;
  available: boolean;
}
interface Item {
  product: Product;
  source: string;
}

let cms: SeededCms;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Requests the admin made to anywhere but the CMS: none is expected (nothing from the internet at run time). */
const externalRequests: string[] = [];

async function api<T>(pathname: string, token?: string): Promise<T> {
  const response = await fetch(cms.url + pathname, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`GET ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Opens a page of the plugin and waits for its heading and for the admin's permissions (the sub-navigation). */
async function openPluginPage(route: string, heading: string) {
  await page.goto(pluginPage(route));
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor({ timeout: 60_000 });
  try {
    await page.getByRole('link', { name: 'Adjust AI results' }).waitFor({ timeout: 60_000 });
  } catch (error) {
    // What the page showed and threw, to tell a slow page from a crashed one.
    await page.screenshot({ path: path.join(SHOTS, `failed-${route || 'overview'}.png`) });
    const text = (await page.locator('body').innerText()).slice(0, 600);
    throw new Error(
      `${(error as Error).message}\n--- page errors: ${pageErrors.join(' | ') || 'none'}\n--- page text: ${text}`,
    );
  }
}

const pluginPage = (name: string) => `${cms.url}/admin/plugins/recommendations${name ? `/${name}` : ''}`;

/** The whole page: the admin scrolls inside its own container, so the viewport grows to the content for the shot. */
async function screenshot(name: string) {
  // The lists and tables arrive after the page: wait until no loader is left.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 30_000,
  });
  const height = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('*')].map((element) => element.scrollHeight)),
  );
  await page.setViewportSize({
    width: VIEWPORT.width,
    height: Math.min(Math.max(height, VIEWPORT.height), 6000),
  });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.setViewportSize(VIEWPORT);
}

/** What dnd-kit announces to screen readers, which says when a keyboard move has been taken. */
const announced = (text: string) =>
  expect.poll(() => page.locator('[id^="DndLiveRegion"]').innerText()).toContain(text);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  cms = await startSeededCms({ port: PORT });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== new URL(cms.url).origin) {
      externalRequests.push(request.url());
    }
  });
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.getByLabel('Email').fill(cms.admin.email);
  await page.getByLabel('Password').fill(cms.admin.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  // Strapi's own announcement banner (the new media library) is not part of the plugin's pages.
  await openPluginPage('editorial', 'Editorial lists');
  const banner = page.getByText('Introducing the new Media Library');
  if (await banner.isVisible()) {
    await page.getByRole('button', { name: 'Close' }).first().click();
    await banner.waitFor({ state: 'hidden' });
  }
});

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the recommendations admin', () => {
  it('creates and publishes an editorial list that the storefront then serves in its order', async () => {
    const { data: catalog } = await api<{ data: Product[] }>(
      '/recommendations/products?limit=50',
      cms.adminToken,
    );
    const picks = catalog.filter((product) => product.available).slice(0, 3);
    expect(picks).toHaveLength(3);

    await openPluginPage('editorial', 'Editorial lists');
    await page.getByRole('link', { name: 'Create a list' }).first().click();
    await page.getByRole('textbox', { name: /Title shoppers see/ }).fill('Staff picks for winter');
    expect(await page.getByRole('textbox', { name: /Slug/ }).inputValue()).toBe('staff-picks-for-winter');
    for (const product of picks) {
      await page.getByRole('textbox', { name: 'Add products' }).fill(product.title);
      await page
        .getByRole('button', { name: `Add: ${product.title}` })
        .first()
        .click();
    }
    // The third product moves to the top from the keyboard: Space on its handle, two arrows up, Space.
    const handle = page.getByRole('button', {
      name: new RegExp(`^Drag ${escape(picks[2]!.title)} to reorder`),
    });
    await handle.focus();
    await page.keyboard.press('Space');
    await announced(`${picks[2]!.title} is over position 3.`);
    await page.keyboard.press('ArrowUp');
    await announced('is over position 2.');
    await page.keyboard.press('ArrowUp');
    await announced('is over position 1.');
    await page.keyboard.press('Space');
    await announced('dropped at position 1.');
    const order = [picks[2]!, picks[0]!, picks[1]!];
    await expect
      .poll(() => page.getByRole('list', { name: 'Products in the order shoppers see them' }).innerText())
      .toMatch(new RegExp(order.map((product) => escape(product.title)).join('[\\s\\S]*')));

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('“Staff picks for winter” is published').waitFor();
    await page.getByText('Live on the storefront').first().waitFor();
    // As it is stored: the page opened again, without the notification over its header.
    await page.reload();
    await page.getByText('Live on the storefront').first().waitFor({ timeout: 60_000 });
    await screenshot('2-editorial-editor');
    await page.getByRole('link', { name: 'All editorial lists' }).click();
    await page
      .getByRole('row', { name: /Staff picks for winter/ })
      .getByText('Live on the storefront')
      .waitFor();
    await screenshot('2-editorial-lists');

    const served = await api<{ data: { items: Item[] } }>(
      '/api/recommendations/editorial/staff-picks-for-winter',
    );
    expect(served.data.items.map((item) => item.product.id)).toEqual(order.map((product) => product.id));
  });

  it('pins one item and excludes another in "frequently bought together" of a product, as the storefront then serves it', async () => {
    // A product whose list has enough items to pin one at the top and exclude another.
    const { data: catalog } = await api<{ data: Product[] }>(
      '/recommendations/products?limit=50',
      cms.adminToken,
    );
    let seed: Product | undefined;
    let before: Item[] = [];
    for (const product of catalog.filter((entry) => entry.available)) {
      before = (
        await api<{ data: Item[] }>(
          `/api/recommendations/lists/frequently-bought-together?productId=${product.id}`,
        )
      ).data;
      if (before.length >= 4) {
        seed = product;
        break;
      }
    }
    expect(seed, 'a seeded product with at least 4 items bought together').toBeDefined();
    const pinned = before[3]!.product;
    const excluded = before[1]!.product;

    await openPluginPage('adjust', 'Adjust AI results');
    await page.getByRole('region', { name: 'The AI’s ranking' }).getByRole('listitem').first().waitFor();
    await page.getByRole('combobox', { name: 'List' }).click();
    await page.getByRole('option', { name: 'Frequently bought together' }).click();
    await page.getByRole('textbox', { name: 'Product page of' }).fill(seed!.title);
    await page
      .getByRole('button', { name: `Choose: ${seed!.title}` })
      .first()
      .click();

    const after = page.getByRole('region', { name: 'What shoppers see with the rules' });
    await after.getByRole('button', { name: `Pin ${pinned.title} to the top` }).click();
    await after.getByRole('button', { name: `Exclude ${excluded.title}` }).click();
    await page.getByRole('combobox', { name: 'Apply' }).click();
    await page.getByRole('option', { name: 'Only on one product’s page' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(`Bundle of ${seed!.title}`);
    // The preview shows the change before it is saved.
    const effects = page.getByRole('region', { name: 'What each rule did' });
    await effects.getByText(`${pinned.title} pinned at position 1`).waitFor();
    await effects.getByText(`${excluded.title} excluded`).waitFor();
    await expect.poll(() => after.getByRole('listitem').first().innerText()).toContain(pinned.title);
    await screenshot('3-adjust');

    await page.getByRole('button', { name: 'Save rule set' }).click();
    await page.getByText('Saved: shoppers now get this list with these rules').waitFor();
    await page.getByRole('button', { name: `Edit Bundle of ${seed!.title}` }).waitFor();

    const served = (
      await api<{ data: Item[] }>(
        `/api/recommendations/lists/frequently-bought-together?productId=${seed!.id}`,
      )
    ).data;
    expect(served[0]).toMatchObject({ product: { id: pinned.id }, source: 'pinned' });
    expect(served.map((item) => item.product.id)).not.toContain(excluded.id);
    // Scoped to that product: another product's list is untouched.
    const other = catalog.find((product) => product.available && product.id !== seed!.id)!;
    const otherList = (
      await api<{ data: Item[] }>(
        `/api/recommendations/lists/frequently-bought-together?productId=${other.id}`,
      )
    ).data;
    expect(otherList.every((item) => item.source !== 'pinned')).toBe(true);
  });

  it('shows the overview, model and data, performance and settings pages', async () => {
    for (const [name, route, heading] of [
      ['1-overview', '', 'Overview'],
      ['4-model-and-data', 'model', 'Model and data'],
      ['5-performance', 'performance', 'Performance'],
      ['6-settings', 'settings', 'Settings'],
      ['7-placements', 'placements', 'Placements'],
    ] as const) {
      await openPluginPage(route, heading);
      await screenshot(name);
    }
    // A placement: its lists, and the preview (without a product, the lists that need one are named as left out).
    await page.getByRole('link', { name: 'Product page, below the bundle' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByText('Not shown: also').first().waitFor();
    await screenshot('8-placement-editor');
  });

  it('asks nothing of the internet while a merchandiser works', () => {
    expect(externalRequests).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
