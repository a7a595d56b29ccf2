import { LISTS } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import { getService } from './getService';

export interface WarmUpResult {
  requests: number;
  /** Requests answered with a status other than 2xx or 304, or not answered. */
  failed: number;
  ms: number;
}

/** Products whose lists are asked: several, so that both the computed path and the cached one are exercised. */
const SEED_PRODUCTS = 8;

/**
 * Calls every storefront route `rounds` times, one request at a time, through the server's own HTTP port.
 * A freshly started Strapi answers its first few hundred requests slowly (modules loaded and code compiled on
 * first use: 100 ms and more under a burst); done here, before shoppers come, it costs them nothing. Requests
 * are sequential so that real traffic arriving meanwhile waits for one request at most. Lists are read only:
 * nothing is stored and the shop's statistics count events, not list requests.
 */
export async function warmUpStorefront(
  strapi: Core.Strapi,
  baseUrl: string,
  rounds: number,
): Promise<WarmUpResult> {
  const started = Date.now();
  const catalog = await getService(strapi, 'catalog').get();
  const productIds = [...catalog.products.keys()].slice(0, SEED_PRODUCTS);
  const requests: { path: string; body?: string }[] = [];
  for (let round = 0; round < rounds; round++) {
    const productId = productIds.length > 0 ? productIds[round % productIds.length] : undefined;
    const sessionId = `aisle-warm-up-session-${round % 4}`;
    const seeded = productId === undefined ? undefined : encodeURIComponent(productId);
    for (const list of LISTS) {
      if (list.context === 'none') requests.push({ path: `lists/${list.name}?limit=10` });
      else if (list.context === 'shopper')
        requests.push({ path: `lists/${list.name}?sessionId=${sessionId}` });
      else if (seeded !== undefined) {
        const seed = list.context === 'basket' ? `basket=${seeded}&limit=4` : `productId=${seeded}`;
        requests.push({ path: `lists/${list.name}?${seed}` });
      }
    }
    if (productId !== undefined) {
      // A product page's batch, as the demo store asks it.
      requests.push({
        path: 'query',
        body: JSON.stringify({
          requests: [
            { list: 'frequently-bought-together', productId, limit: 3 },
            { list: 'people-also-like', productId, limit: 12 },
          ],
        }),
      });
    }
  }
  let failed = 0;
  for (const { path, body } of requests) {
    try {
      const response = await fetch(`${baseUrl}/api/recommendations/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      if (!response.ok && response.status !== 304) failed++;
    } catch {
      failed++;
    }
  }
  return { requests: requests.length, failed, ms: Date.now() - started };
}
