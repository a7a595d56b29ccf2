import type { RecommendRequest } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import type { GetModelStatus, TrainModel } from '../../../shared/contracts/model';
import type { ForgetUser } from '../../../shared/contracts/users';
import type { GetPerformance } from '../../../shared/contracts/performance';
import type { PreviewList } from '../../../shared/contracts/preview';
import type { RequestContext } from '../utils/RequestContext';
import { TrainingBusyError } from '../services/training';
import { getService } from '../utils/getService';
import { parseBody } from '../utils/parseBody';
import { toEngineRuleSet } from '../utils/toEngineRuleSet';
import { toListName } from '../utils/toListName';
import { listRequestSchema } from '../validation/listRequestSchema';
import { ruleSetSchema } from '../validation/ruleSetSchema';

const id = z.string().min(1).max(200);
/** A list's parameters as the storefront sends them (but `exclude`), a draft rule set and the one it replaces. */
const previewSchema = listRequestSchema
  .omit({ exclude: true })
  .extend({ draft: ruleSetSchema.optional(), replaces: z.number().int().positive().optional() })
  .strict();

/** The `ruleSetId` of the effects of the draft rule set of a preview (see the preview contract). */
const DRAFT_RULE_SET_ID = 'draft';

export const modelController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: RequestContext) {
    const body: GetModelStatus.Response = { data: await getService(strapi, 'training').status() };
    ctx.body = body;
  },

  async train(ctx: RequestContext) {
    const trainingService = getService(strapi, 'training');
    const training = (await trainingService.isRunningAnywhere()) ? null : trainingService.start();
    if (training === null) {
      return ctx.conflict('a training is running already');
    }
    try {
      const body: TrainModel.Response = { data: await training };
      ctx.body = body;
    } catch (error) {
      if (error instanceof TrainingBusyError) {
        return ctx.conflict('a training is running already');
      }
      const body: TrainModel.ErrorBody = {
        data: null,
        error: {
          status: 500,
          name: 'TrainingError',
          message: `${(error as Error).message}; the previous model keeps serving`,
        },
      };
      ctx.status = 500;
      ctx.body = body;
    }
  },

  async preview(ctx: RequestContext) {
    const {
      list: name,
      userId,
      sessionId,
      draft,
      replaces,
      ...rest
    } = parseBody(previewSchema, ctx.request.body);
    let list;
    try {
      list = toListName(name);
    } catch (error) {
      throw new errors.ValidationError(`list: ${(error as Error).message}`);
    }
    const request: RecommendRequest = { list, ...rest };
    const shopper = userId ?? sessionId;
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

  async performance(ctx: RequestContext) {
    const now = Date.now();
    const service = getService(strapi, 'performance');
    const body: GetPerformance.Response = {
      data: await Promise.all(
        ([7, 30] as const).map(async (days) => ({
          days,
          since: new Date(now - days * 86_400_000).toISOString(),
          lists: await service.perList(days, now),
        })),
      ),
    };
    ctx.body = body;
  },

  async forgetUser(ctx: RequestContext) {
    const userId = id.safeParse(ctx.params.userId);
    if (!userId.success) {
      throw new errors.ValidationError('userId: expected 1 to 200 characters');
    }
    const deleted = await getService(strapi, 'events').deleteUser(userId.data);
    // A training without them replaces the model and the snapshots that still hold them (in the background).
    getService(strapi, 'training')
      .start()
      ?.catch(() => undefined);
    const body: ForgetUser.Response = { data: { deleted } };
    ctx.body = body;
  },
});
