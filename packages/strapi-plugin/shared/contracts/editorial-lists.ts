import type { ErrorResponse } from './errors';

export type EditorialListStatus = 'draft' | 'published';

export interface EditorialList {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  /** Catalog ids (the mapped id field), in the order shown. */
  productIds: string[];
  status: EditorialListStatus;
  /** ISO 8601; the list is served from `startsAt` (inclusive) to `endsAt` (exclusive) when set. */
  startsAt: string | null;
  endsAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EditorialListInput {
  /** Lower-case letters, digits and dashes, at most 100 characters. */
  slug: string;
  /** At most 200 characters. */
  title: string;
  /** At most 2,000 characters. */
  description?: string | null;
  /** At most 100 products. */
  productIds: string[];
  status?: EditorialListStatus;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** GET /recommendations/editorial-lists */
export declare namespace FindEditorialLists {
  interface Response {
    data: EditorialList[];
  }
}

/** GET /recommendations/editorial-lists/:id */
export declare namespace FindEditorialList {
  interface Request {
    params: { id: string };
  }
  interface Response {
    data: EditorialList;
  }
  type ErrorBody = ErrorResponse;
}

/** POST /recommendations/editorial-lists */
export declare namespace CreateEditorialList {
  interface Request {
    body: EditorialListInput;
  }
  interface Response {
    data: EditorialList;
  }
  /** 400 naming the field; 409 when the slug is taken. */
  type ErrorBody = ErrorResponse;
}

/** PUT /recommendations/editorial-lists/:id */
export declare namespace UpdateEditorialList {
  interface Request {
    params: { id: string };
    body: Partial<EditorialListInput>;
  }
  interface Response {
    data: EditorialList;
  }
  type ErrorBody = ErrorResponse;
}

/** DELETE /recommendations/editorial-lists/:id */
export declare namespace DeleteEditorialList {
  interface Request {
    params: { id: string };
  }
  interface Response {
    data: { id: number };
  }
  type ErrorBody = ErrorResponse;
}
