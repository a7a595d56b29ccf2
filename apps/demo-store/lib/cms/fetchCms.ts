import { cmsUrl } from './cmsUrl';

/**
 * GETs a path of the CMS's REST API and returns its JSON. Sends `AISLE_CMS_TOKEN` (a read-only API token) when
 * set, for a CMS whose Public role may not read the catalog. Never cached across requests: a re-seeded CMS gets
 * new upload URLs, and the catalog must follow the CMS at once.
 */
export async function fetchCms<T>(path: string, params?: URLSearchParams): Promise<T> {
  const url = `${cmsUrl()}${path}${params && params.size > 0 ? `?${params}` : ''}`;
  const token = process.env.AISLE_CMS_TOKEN;
  let response: Response;
  try {
    response = await fetch(url, {
      cache: 'no-store',
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch (error) {
    throw new Error(`demo-store: the CMS at ${cmsUrl()} did not answer GET ${path} (is it running?)`, {
      cause: error,
    });
  }
  if (!response.ok) {
    const hint =
      response.status === 401 || response.status === 403
        ? ': allow the Public role to read products and categories, or set AISLE_CMS_TOKEN'
        : '';
    throw new Error(`demo-store: GET ${url} answered ${response.status}${hint}`);
  }
  return (await response.json()) as T;
}
