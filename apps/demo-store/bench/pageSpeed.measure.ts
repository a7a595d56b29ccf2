import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';

import { launchBrowser } from '../tests/helpers/launchBrowser';
import { getList } from '../tests/helpers/storefrontApi';
import { VIEWPORTS } from '../tests/helpers/viewports';

// Page speed on `next start` against a seeded CMS: largest contentful paint, layout shift and time to first
// byte of the product page (and the home page), median of RUNS loads in a fresh browser context each. Prints
// figures; asserts nothing about them (`pnpm measure`).
const RUNS = 7;
const storeUrl = inject('storeUrl');
const cmsUrl = inject('cmsUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Sample {
  ttfb: number;
  lcp: number;
  cls: number;
}

async function load(url: string, viewport: { width: number; height: number }): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = { lcp: 0, cls: 0 };
    (window as unknown as { __speed: typeof state }).__speed = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) state.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Lists revalidate after hydration: give them time to replace what the server rendered, if they would.
  await page.waitForTimeout(2500);
  const sample = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const state = (window as unknown as { __speed: { lcp: number; cls: number } }).__speed;
    return { ttfb: navigation.responseStart - navigation.startTime, lcp: state.lcp, cls: state.cls };
  });
  await context.close();
  return sample;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('page speed', () => {
  it('product page and home page, phone and desktop', async () => {
    const product = (await getList(cmsUrl, 'best-selling', { limit: '1' })).data[0]!.product.id;
    const pages = { product: `${storeUrl}/products/${product}`, home: storeUrl };
    // One load first, so that the figures are of a warm server (compiled routes, connections open).
    await load(pages.product, VIEWPORTS.desktop);
    for (const [pageName, url] of Object.entries(pages)) {
      for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
        const samples: Sample[] = [];
        for (let run = 0; run < RUNS; run += 1) samples.push(await load(url, viewport));
        const line = (key: keyof Sample, digits: number) =>
          `${key} median ${median(samples.map((s) => s[key])).toFixed(digits)} (max ${Math.max(...samples.map((s) => s[key])).toFixed(digits)})`;
        console.log(
          `measure: ${pageName} ${viewportName}: ${line('ttfb', 0)} ms, ${line('lcp', 0)} ms, ${line('cls', 3)}, ${RUNS} loads`,
        );
      }
    }
  });
});
