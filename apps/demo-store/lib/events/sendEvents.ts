import type { ShopEvent } from '@aisle/react/server';

import { cmsUrl } from '../cms/cmsUrl';

/**
 * Sends events from the server to the plugin (`POST /api/recommendations/events`): the purchases of an order,
 * which must not depend on the browser staying on the page. Throws with the plugin's message when it refuses them.
 */
export async function sendEvents(events: ShopEvent[]): Promise<{ accepted: number; rejected: number }> {
  // Purchases count as sales only with the shop server's API token (the CMS refuses them from browsers).
  const token = process.env.AISLE_CMS_SERVER_TOKEN;
  if (!token) {
    throw new Error(
      'demo-store: AISLE_CMS_SERVER_TOKEN is not set: an API token of the CMS that may send events (npm start creates one)',
    );
  }
  const response = await fetch(`${cmsUrl()}/api/recommendations/events`, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ events }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { accepted: number; rejected: number };
    errors?: { index: number; message: string }[];
    error?: { message: string };
  } | null;
  if (!response.ok || !body?.data) {
    throw new Error(
      `demo-store: the CMS refused ${events.length} events (${response.status}): ${body?.error?.message ?? 'no message'}`,
    );
  }
  if (body.data.rejected > 0) {
    throw new Error(
      `demo-store: the CMS rejected ${body.data.rejected} of ${events.length} events: ${JSON.stringify(body.errors)}`,
    );
  }
  return body.data;
}
