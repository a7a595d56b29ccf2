import type { ListName } from '@aisle/engine';

import type { ErrorResponse } from './errors';
import type { ListMeta, Recommendation } from './lists';

/** The largest body POST /query takes (Strapi's own JSON limit by default); a larger one gets 413. */
export const MAX_QUERY_BODY_BYTES = 1024 * 1024;

/** POST /api/recommendations/query */
export declare namespace QueryLists {
  /** The parameters of GET /lists/:list, as JSON, with the list's name. */
  interface ListRequest {
    list: ListName;
    productId?: string;
    /** At most 1,000 product ids (a wholesale order's lines); ids the catalog does not have are left out. */
    basket?: string[];
    userId?: string;
    sessionId?: string;
    /** A signed shopper identity (see shopper-token.ts); `userId` only from the shop's server. */
    shopperToken?: string;
    category?: string;
    /** 1 to 100, default 10. */
    limit?: number;
    /** At most 200 products not to show, for example those another list of the page shows. */
    exclude?: string[];
  }

  interface Request {
    /**
     * At most 10 lists; JSON, sent as `application/json` or as text (no CORS preflight), at most
     * MAX_QUERY_BODY_BYTES.
     */
    body: {
      requests: ListRequest[];
      /** Each list leaves out the products of the lists before it (default false). */
      dedupe?: boolean;
    };
  }

  interface Response {
    /** One entry per request, in the order of the requests. */
    data: { data: Recommendation[]; meta: ListMeta }[];
  }

  type ErrorBody = ErrorResponse;
}
