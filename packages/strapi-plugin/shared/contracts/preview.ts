import type { ListName, RuleEffect } from '@aisle/engine';

import type { ErrorResponse } from './errors';
import type { Recommendation } from './lists';

/** POST /recommendations/preview */
export declare namespace PreviewList {
  interface Request {
    body: {
      list: ListName;
      productId?: string;
      basket?: string[];
      userId?: string;
      category?: string;
      limit?: number;
    };
  }

  /** The AI's ranking without rules, the list as served with the rules, and what each rule did. */
  interface Response {
    data: {
      before: Recommendation[];
      after: Recommendation[];
      effects: RuleEffect[];
    };
    meta: { modelVersion: number | null };
  }

  type ErrorBody = ErrorResponse;
}
