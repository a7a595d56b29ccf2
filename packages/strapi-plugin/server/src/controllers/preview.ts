import type { RecommendRequest } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import type { PreviewList } from '../../../shared/contracts/preview';
import { sessionKey } from '../identity/sessionKey';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { toEngineRuleSet } from '../utils/toEngineRuleSet';
import { toListName } from '../utils/toListName';
import { listRequestSchema } from '../validation/listRequestSchema';
import { parseInput } from '../validation/parseInput';
import { ruleSetSchema } from '../validation/ruleSetSchema';

/** A list's parameters as the storefront sends them (but `exclude`), a draft rule set and the one it replaces. */
const previewSchema = listRequestSchema
  .omit({ exclude: true })
  .extend({ draft: ruleSetSchema.optional(), replaces: z.number().int().positive().optional() })
  .strict();

/** The `ruleSetId` of the effects of the draft rule set of a preview (see the preview contract). */
const DRAFT_RULE_SET_ID = 'draft';

/** POST /recommendations/preview: a list without and with the rules, a draft rule set applied as if saved. */
export const previewController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: RequestContext) {
    const {
      list: name,
      userId,
      sessionId,
      draft,
      replaces,
      ...rest
    } = parseInput(previewSchema, ctx.request.body);
    let list;
    try {
      list = toListName(name);
    } catch (error) {
      throw new errors.ValidationError(`list: ${(error as Error).message}`);
    }
    const request: RecommendRequest = { list, ...rest };
    const shopper = userId ?? (sessionId === undefined ? undefined : sessionKey(sessionId));
    if (shopper !== undefined) {
      request.userId = await getService(strapi, 'events').userKey(shopper);
    }
    const model = getService(strapi, 'model');
    const before = await model.serve(request, { applyRules: false });
    // A rule set being edited is previewed in place of its stored version, before it is saved.
    const after = await model.serve(request, {
      draft: draft === undefined || !draft.enabled ? undefined : toEngineRuleSet(draft, DRAFT_RULE_SET_ID),
      replaces: replaces === undefined ? undefined : String(replaces),
    });
    const body: PreviewList.Response = {
      data: { before: before.items, after: after.items, effects: after.effects },
      meta: { modelVersion: after.modelVersion, unknownIds: after.unknownIds },
    };
    ctx.body = body;
  },
});
