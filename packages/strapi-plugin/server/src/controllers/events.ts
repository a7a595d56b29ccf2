import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ErrorResponse } from '../../../shared/contracts/errors';
import type { SendEvents } from '../../../shared/contracts/events';
import { MAX_EVENTS_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from '../../../shared/contracts/events';
import { screenShopEvent } from '../events/screenShopEvent';
import { isShopServer } from '../identity/isShopServer';
import { rateLimitKey } from '../identity/rateLimitKey';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { readJsonBody } from '../utils/readJsonBody';
import type { ValidShopEvent } from '../validation/shopEventSchema';

/** POST /api/recommendations/events: a batch of storefront events (see the events contract). */
export const eventsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: RequestContext) {
    // Events of a shopper forgotten after this are still not stored (see the events service's writer).
    const receivedAt = Date.now();
    const events = getService(strapi, 'events');
    const settings = await getService(strapi, 'settings').get();
    // navigator.sendBeacon sends JSON as text/plain, which needs no CORS preflight. A batch that cannot be read
    // still counts against the limit before it is refused.
    let body: { events?: unknown } | undefined;
    let unreadable: unknown;
    try {
      body = readJsonBody(ctx, MAX_EVENTS_BATCH_BYTES, 'the batch') as { events?: unknown } | undefined;
    } catch (error) {
      unreadable = error;
    }
    // The shop's server sends every order of every shopper from one address: its token is not rate-limited. A
    // browser counts as its signed shopper (the batch's first event's), else as its address.
    const fromShopServer = isShopServer(ctx);
    const limit = fromShopServer
      ? { allowed: true, retryAfterSeconds: 0 }
      : await events.takeRateLimit(
          rateLimitKey(ctx, firstShopperToken(body)),
          settings.events.rateLimitPerMinute,
        );
    if (!limit.allowed) {
      ctx.set('Retry-After', String(limit.retryAfterSeconds));
      throw new errors.RateLimitError(
        `more than ${settings.events.rateLimitPerMinute} event requests a minute from this client`,
      );
    }
    if (unreadable !== undefined) throw unreadable;
    if (body === undefined || body === null || typeof body !== 'object' || !Array.isArray(body.events)) {
      throw new errors.ValidationError('events: expected an array of events');
    }
    if (body.events.length > MAX_EVENTS_PER_BATCH) {
      throw new errors.PayloadTooLargeError(
        `events: ${body.events.length} events, at most ${MAX_EVENTS_PER_BATCH} a batch`,
      );
    }
    const valid: ValidShopEvent[] = [];
    const problems: SendEvents.Response['errors'] = [];
    const { products } = await getService(strapi, 'catalog').get();
    // Purchases and shoppers this client may not report.
    let refused = 0;
    body.events.forEach((raw: unknown, index: number) => {
      const screened = screenShopEvent(ctx, raw, index, fromShopServer, products);
      if ('event' in screened) {
        valid.push(screened.event);
        return;
      }
      problems.push({ index, message: screened.message });
      if (screened.refused) refused += 1;
    });
    if (valid.length === 0) {
      if (refused > 0 && refused === problems.length) {
        // Strapi's ForbiddenError would answer a bare "Forbidden": say what is missing.
        const refusal: ErrorResponse = {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message:
              "the batch's events name shoppers or report purchases: both need the shop server's API token (or a signed shopperToken for a shopper)",
            details: { errors: problems },
          },
        };
        ctx.status = 403;
        ctx.body = refusal;
        return;
      }
      throw new errors.ValidationError('no valid event in the batch', { errors: problems });
    }
    await events.ingest(valid, receivedAt);
    const response: SendEvents.Response = {
      data: { accepted: valid.length, rejected: problems.length },
      errors: problems,
    };
    ctx.status = 202;
    ctx.body = response;
  },
});

function firstShopperToken(body: unknown): unknown {
  const events = (body as { events?: unknown } | null | undefined)?.events;
  return Array.isArray(events)
    ? (events[0] as { shopperToken?: unknown } | undefined)?.shopperToken
    : undefined;
}
