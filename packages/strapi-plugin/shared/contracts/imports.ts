import type { ErrorResponse } from './errors';

export type ImportFormat = 'csv' | 'jsonl';
export type ImportStatus = 'running' | 'done' | 'failed';

/**
 * One row of a historical import: the fields of a storefront event, with `timestamp` required. In CSV the first
 * line names the columns (type,userId,sessionId,productId,timestamp,quantity,price,orderId,list).
 */
export interface ImportRow {
  type: 'view' | 'click' | 'add_to_cart' | 'purchase' | 'impression';
  productId: string;
  userId?: string;
  sessionId?: string;
  /** Milliseconds since the epoch or ISO 8601. */
  timestamp: number | string;
  quantity?: number;
  price?: number;
  orderId?: string;
  list?: string;
}

export interface ImportJob {
  id: number;
  format: ImportFormat;
  status: ImportStatus;
  /** Rows read so far (the header of a CSV file is not a row). */
  rows: number;
  imported: number;
  /** Rows already imported before (same type, shopper, product, time and order), stored once. */
  duplicates: number;
  failed: number;
  /** The first 100 errors, by line number of the file. */
  errors: { line: number; message: string }[];
  createdAt: string;
  finishedAt: string | null;
}

/** POST /recommendations/imports (multipart/form-data: `file`, and `format` unless the file name ends in .csv or .jsonl) */
export declare namespace CreateImport {
  /**
   * 202 at once, with the job `running`: the rows are read in the background; follow the job with
   * GET /recommendations/imports/:id until its status is `done` or `failed`.
   */
  interface Response {
    data: ImportJob;
  }
  /** 400 without a file or with an unknown format. */
  type ErrorBody = ErrorResponse;
}

/** GET /recommendations/imports */
export declare namespace FindImports {
  interface Response {
    data: ImportJob[];
  }
}

/** GET /recommendations/imports/:id (progress of a running import) */
export declare namespace FindImport {
  interface Request {
    params: { id: string };
  }
  interface Response {
    data: ImportJob;
  }
  type ErrorBody = ErrorResponse;
}
