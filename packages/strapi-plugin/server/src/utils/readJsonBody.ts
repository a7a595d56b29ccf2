import { errors } from '@strapi/utils';

import type { RequestContext } from './RequestContext';

/**
 * The body of a storefront POST: 413 naming its size when it is over `maxBytes` (`what` names it: "the batch is
 * 300000 bytes, more than 262144"); a body sent as text (navigator.sendBeacon, or a `fetch` avoiding the CORS
 * preflight) parsed as JSON, or 400 "body: not valid JSON". Strapi's own body parser has read a JSON body already.
 */
export function readJsonBody(ctx: RequestContext, maxBytes: number, what: string): unknown {
  const body = ctx.request.body;
  const size =
    ctx.request.length ??
    (typeof body === 'string' ? Buffer.byteLength(body) : Buffer.byteLength(JSON.stringify(body ?? null)));
  if (size > maxBytes) {
    throw new errors.PayloadTooLargeError(`${what} is ${size} bytes, more than ${maxBytes}`);
  }
  if (typeof body !== 'string') {
    return body;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new errors.ValidationError('body: not valid JSON');
  }
}
