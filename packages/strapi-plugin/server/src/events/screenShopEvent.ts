import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { IdentityRefusedError } from '../identity/IdentityRefusedError';
import { resolveShopper } from '../identity/resolveShopper';
import type { RequestContext } from '../utils/RequestContext';
import { formatZodError } from '../validation/formatZodError';
import type { ValidShopEvent } from '../validation/shopEventSchema';
import { shopEventSchema } from '../validation/shopEventSchema';

/** One event of a batch: accepted as stored, or the problem with it (`refused` when the client may not send it). */
export type ScreenedEvent = { event: ValidShopEvent } | { message: string; refused: boolean };

/**
 * Checks one event of a batch a client sent. A browser's event is its session's, or the signed shopper's, never a
 * user it names; sales come from the shop's server (an API token), never from a browser or a shopper's own login
 * (a purchase moves best-selling for everyone and counts as revenue), at the catalog's price whatever the
 * request says.
 */
export function screenShopEvent(
  ctx: RequestContext,
  raw: unknown,
  index: number,
  fromShopServer: boolean,
  products: ReadonlyMap<string, RecommendedProduct>,
): ScreenedEvent {
  const parsed = shopEventSchema.safeParse(raw);
  if (!parsed.success) return { message: formatZodError(parsed.error, `events[${index}]`), refused: false };
  let event: ValidShopEvent;
  try {
    const { shopperToken, userId, sessionId, ...rest } = parsed.data;
    // The stored shopper: the named user, the signed one, or the session in its own namespace.
    event = {
      ...rest,
      userId: resolveShopper(ctx, { userId, sessionId, shopperToken }, `events[${index}].`),
    };
  } catch (error) {
    if (!(error instanceof IdentityRefusedError)) throw error;
    return { message: error.message, refused: error.status !== 400 };
  }
  if (event.type !== 'purchase') return { event };
  if (!fromShopServer) {
    return {
      message: `events[${index}].type: a purchase is reported by the shop's server with an API token, not by a browser`,
      refused: true,
    };
  }
  const product = products.get(event.productId);
  if (product === undefined || typeof product.price !== 'number') {
    return {
      message: `events[${index}].productId: "${event.productId}" is not a priced product of the catalog`,
      refused: false,
    };
  }
  return { event: { ...event, price: product.price } };
}
