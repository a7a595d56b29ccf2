import type { Page } from 'playwright-core';
import type { ShopEvent } from '@aisle/react/server';

/**
 * Records the events the page sends to the plugin (beacons to /cms/api/recommendations/events), as the plugin
 * receives them: the test reads what a shopper's browser really sent.
 */
export function collectEvents(page: Page): ShopEvent[] {
  const events: ShopEvent[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/cms/api/recommendations/events')) return;
    const body = request.postData();
    if (body) events.push(...(JSON.parse(body) as { events: ShopEvent[] }).events);
  });
  return events;
}
