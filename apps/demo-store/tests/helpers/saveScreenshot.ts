import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Saves a full-page screenshot to test-results/screenshots/<name>.png (git-ignored), after scrolling through
 * the page so that lazy pictures are loaded: it is what a shopper scrolling down would see.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  const file = path.join(DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
