const DEFAULT_CMS_URL = 'http://localhost:1337';

/**
 * The CMS origin from `AISLE_CMS_URL` (default http://localhost:1337), without a trailing slash. Read at each
 * call rather than at build time, so that one build runs against any CMS.
 */
export function cmsUrl(): string {
  const value = process.env.AISLE_CMS_URL || DEFAULT_CMS_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`demo-store: AISLE_CMS_URL must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`demo-store: AISLE_CMS_URL must be an http(s) URL, got "${value}"`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
