import type { ListName } from '@aisle/engine';

import type { ErrorResponse } from './errors';
import type { ListMeta, Recommendation } from './lists';

/** POST /api/recommendations/query */
export declare namespace QueryLists {
  interface ListRequest {
    list: ListName;
    productId?: string;
    basket?: string[];
    userId?: string;
    sessionId?: string;
    category?: string;
    /** 1 to 100, default 10. */
    limit?: number;
    /** Products not to show, for example those another list of the page shows. */
    exclude?: string[];
  }

  interface Request {
    /** At most 10 lists. */
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
