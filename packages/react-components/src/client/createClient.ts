import type { GetEditorial } from '@aisle/strapi-plugin/contracts/editorial';
import type { QueryLists } from '@aisle/strapi-plugin/contracts/query';

import type { EditorialData, ListRequest, ListResponse, PlacementContext, PlacementData } from '../types';
import { RecommendationsError } from './RecommendationsError';

export interface ClientOptions {
  /** The CMS origin (`https://cms.example.com`) or a same-origin path that proxies it (`/cms`). */
  baseUrl: string;
  /** Default: the global `fetch`. Pass one to add headers, caching options or a test double. */
  fetch?: typeof fetch;
  /**
   * What the CMS's relative picture URLs (`/uploads/...`) are prefixed with: by default the CMS origin when
   * `baseUrl` is one, or the same-origin path (`/cms/uploads/...`, through the same proxy as the API), so that
   * pictures load from the store's pages; `''` leaves them as they are (the store serves `/uploads` itself).
   */
  mediaBase?: string;
}

export interface RecommendationsClient {
  /** `https://cms.example.com/api/recommendations`. */
  readonly url: string;
  /** One list. Calls made in the same tick share one `POST /query` (at most 10 lists each). */
  getList(request: ListRequest): Promise<ListResponse>;
  /** Several lists in one `POST /query`, answers in the order of the requests. */
  query(requests: ListRequest[]): Promise<QueryLists.Response>;
  /** `null` when no published list with that slug is in effect now. */
  getEditorial(slug: string): Promise<EditorialData | null>;
  /** A published placement filled for the page; throws `RecommendationsError` 404 for an unknown slot. */
  getPlacement(slot: string, context: PlacementContext): Promise<PlacementData>;
}

type Pending = [ListRequest, (value: ListResponse) => void, (error: unknown) => void];

/** A client of the plugin's storefront API, for the server (Server Components, route handlers) and the browser. */
export function createClient(options: ClientOptions): RecommendationsClient {
  const base = options?.baseUrl;
  if (!/^(https?:\/\/[^/]|\/)/.test(base)) {
    throw Error(`@aisle/react: baseUrl must be http(s) or start with "/", got ${JSON.stringify(base)}`);
  }
  const url = base.replace(/\/+$/, '') + '/api/recommendations';
  const media = options.mediaBase ?? (base.match(/^https?:\/\/[^/]+/)?.[0] || base.replace(/\/+$/, ''));
  let queue: Pending[] = [];

  const call = async <T>(path: string, body?: object): Promise<T> => {
    const response = await (options.fetch ?? fetch)(
      url + path,
      body && { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    // Strapi gives pictures as /uploads/... of the CMS: resolved against `media`, they load from the store's pages.
    const json = await response
      .text()
      .then((text) =>
        JSON.parse(text, (key, value) =>
          key == 'url' && /^\/[^/]/.test(value) && media ? media + value : value,
        ),
      )
      .catch(() => null);
    if (!response.ok) {
      throw new RecommendationsError(response.status, json?.error?.message ?? response.statusText);
    }
    return json as T;
  };

  const query = (requests: ListRequest[]) => call<QueryLists.Response>('/query', { requests });

  // Lists mounted in one commit, or revalidated in one frame, ask within one macrotask: one request for all.
  const flush = () => {
    const batch = queue;
    queue = [];
    for (let start = 0; start < batch.length; start += 10) {
      const part = batch.slice(start, start + 10);
      query(part.map((pending) => pending[0])).then(
        (answer) => part.forEach((pending, index) => pending[1](answer.data[index]!)),
        (error: unknown) => part.forEach((pending) => pending[2](error)),
      );
    }
  };

  return {
    url,
    query,
    getPlacement: (slot, context) =>
      call(
        '/placements/' +
          encodeURIComponent(slot) +
          '?' +
          new URLSearchParams(Object.entries(context).filter((entry) => entry[1]) as [string, string][]),
      ),
    getList: (request) =>
      new Promise((resolve, reject) => {
        if (queue.push([request, resolve, reject]) === 1) setTimeout(flush);
      }),
    getEditorial: (slug) =>
      call<GetEditorial.Response>('/editorial/' + encodeURIComponent(slug)).then(
        (answer) => answer.data,
        (error: RecommendationsError) => {
          if (error.status === 404) return null;
          throw error;
        },
      ),
  };
}
