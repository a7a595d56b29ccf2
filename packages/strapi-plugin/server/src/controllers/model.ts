import type { Core } from '@strapi/strapi';

import type { GetModelStatus, TrainModel } from '../../../shared/contracts/model';
import type { RequestContext } from '../utils/RequestContext';
import { TrainingBusyError } from '../services/training';
import { getService } from '../utils/getService';

/** GET /recommendations/model and POST /training (see the model contract). */
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
});
