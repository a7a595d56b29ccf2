import type { ListName, RuleEffect } from '@aisle/engine';

import type { ErrorResponse } from './errors';
import type { Recommendation } from './lists';
import type { RuleSetInput } from './rule-sets';

/** POST /recommendations/preview */
export declare namespace PreviewList {
  interface Request {
    body: {
      list: ListName;
      productId?: string;
      /** At most 1,000 product ids. */
      basket?: string[];
      userId?: string;
      /** An anonymous shopper; `userId` wins when both are given. */
      sessionId?: string;
      category?: string;
      limit?: number;
      /**
       * A rule set being edited, applied with the shop's enabled rule sets as if it were saved (its effects have
       * `ruleSetId` "draft"); validated like the body of POST /rule-sets. Not applied when `enabled` is false.
       */
      draft?: RuleSetInput;
      /** The id of the stored rule set the draft replaces (left out of the preview even without a draft). */
      replaces?: number;
    };
  }

  /** The AI's ranking without rules, the list as served with the rules, and what each rule did. */
  interface Response {
    data: {
      before: Recommendation[];
      after: Recommendation[];
      effects: RuleEffect[];
    };
    /** `unknownIds`: basket ids the catalog does not have, left out (see ListMeta). */
    meta: { modelVersion: number | null; unknownIds: string[] };
  }

  type ErrorBody = ErrorResponse;
}
