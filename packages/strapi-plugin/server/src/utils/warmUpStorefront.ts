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
    const sessionId = `aisle-warm-up-${round % 4}`;
    requests.push(
      { path: 'lists/best-selling?limit=10' },
      { path: 'lists/trending?limit=10' },
      { path: 'lists/new?limit=10' },
      { path: `lists/picks-for-you?sessionId=${sessionId}` },
      { path: `lists/recently-viewed?sessionId=${sessionId}` },
    );
    if (productId !== undefined) {
      const id = encodeURIComponent(productId);
      requests.push(
        { path: `lists/similar?productId=${id}` },
        { path: `lists/people-also-like?productId=${id}` },
        { path: `lists/frequently-bought-together?basket=${id}&limit=4` },
        {
          path: 'query',
          body: JSON.stringify({
            requests: [
              { list: 'frequently-bought-together', productId, limit: 3 },
              { list: 'people-also-like', productId, limit: 12 },
            ],
          }),
        },
      );
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
