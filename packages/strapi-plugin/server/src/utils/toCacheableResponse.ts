import { createHash } from 'node:crypto';

export interface CacheableResponse {
  /** The body, serialized once: the ETag is its hash, and it is sent as it is. */
  json: string;
  etag: string;
}

export function toCacheableResponse(body: unknown): CacheableResponse {
  const json = JSON.stringify(body);
  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
}
