import type { ErrorResponse } from './errors';
import type { Recommendation } from './lists';

/** GET /api/recommendations/editorial/:slug */
export declare namespace GetEditorial {
  interface Request {
    params: { slug: string };
  }

  /** A published list in effect now; products that are unavailable or no longer in the catalog are left out. */
  interface Response {
    data: {
      slug: string;
      title: string;
      description: string | null;
      items: Recommendation[];
    };
  }

  /** 404 when no published list with that slug is in effect now. */
  type ErrorBody = ErrorResponse;
}
