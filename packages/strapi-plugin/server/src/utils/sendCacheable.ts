import type { RequestContext } from './RequestContext';
import type { CacheableResponse } from './toCacheableResponse';

/**
 * Sends a JSON body with an ETag and a Cache-Control a CDN can act on: shared caching for lists that are the
 * same for everyone, private for lists computed for one shopper. Answers 304 when the client has it already.
 */
export function sendCacheable(
  ctx: RequestContext,
  response: CacheableResponse,
  { personal }: { personal: boolean },
): void {
  ctx.set('ETag', response.etag);
  ctx.set(
    'Cache-Control',
    personal ? 'private, max-age=0, must-revalidate' : 'public, max-age=60, stale-while-revalidate=300',
  );
  ctx.set('Vary', 'Accept-Encoding');
  const ifNoneMatch = ctx.get('If-None-Match');
  if (ifNoneMatch !== '' && ifNoneMatch.split(',').some((tag) => tag.trim() === response.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = response.json;
}
