import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { ForgetUser } from '../../../shared/contracts/users';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';

/** The shopper of DELETE /users/:userId/events. */
const userParamsSchema = z.object({
  userId: z.string().min(1, 'expected 1 to 200 characters').max(200, 'expected 1 to 200 characters'),
});

/** DELETE /recommendations/users/:userId/events: a shopper's right to be forgotten (see the users contract). */
export const usersController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async deleteEvents(ctx: RequestContext) {
    const { userId } = parseInput(userParamsSchema, ctx.params);
    const deleted = await getService(strapi, 'events').deleteUser(userId);
    // A training without them replaces the model and the snapshots that still hold them (in the background).
    getService(strapi, 'training')
      .start()
      ?.catch(() => undefined);
    const body: ForgetUser.Response = { data: { deleted } };
    ctx.body = body;
  },
});
