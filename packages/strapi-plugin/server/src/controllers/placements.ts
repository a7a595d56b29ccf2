import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  CreatePlacement,
  DeletePlacement,
  FindPlacement,
  FindPlacements,
  PreviewPlacement,
  UpdatePlacement,
} from '../../../shared/contracts/placements';
import { sessionKey } from '../identity/sessionKey';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseId } from '../utils/parseId';
import { parseInput } from '../validation/parseInput';
import {
  placementCreateSchema,
  placementPreviewSchema,
  placementUpdateSchema,
} from '../validation/placementSchema';

const notFound = (id: number) => new errors.NotFoundError(`placement ${id} does not exist`);
const slotTaken = (slot: string) => `slot: "${slot}" is taken by another placement`;

/** The admin API of placements (see the placements contract). */
export const placementsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'placements');

  return {
    async find(ctx: RequestContext) {
      const body: FindPlacements.Response = { data: await service().findAll() };
      ctx.body = body;
    },

    async findOne(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const placement = await service().findOne(id);
      if (placement === null) throw notFound(id);
      const body: FindPlacement.Response = { data: placement };
      ctx.body = body;
    },

    async create(ctx: RequestContext) {
      const input = parseInput(placementCreateSchema, ctx.request.body);
      const placement = await service().create(input);
      if (placement === null) return ctx.conflict(slotTaken(input.slot));
      const body: CreatePlacement.Response = { data: placement };
      ctx.status = 201;
      ctx.body = body;
    },

    async update(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const input = parseInput(placementUpdateSchema, ctx.request.body);
      const placement = await service().update(id, input);
      if (placement === undefined) throw notFound(id);
      if (placement === null) return ctx.conflict(slotTaken(input.slot ?? ''));
      const body: UpdatePlacement.Response = { data: placement };
      ctx.body = body;
    },

    /** A placement as edited, filled for a chosen page, shopper, time and variants, before it is saved. */
    async preview(ctx: RequestContext) {
      const { placement, userId, sessionId, variants, at, ...page } = parseInput(
        placementPreviewSchema,
        ctx.request.body,
      );
      const shopper = userId ?? (sessionId === undefined ? undefined : sessionKey(sessionId));
      const userKey = shopper === undefined ? undefined : await getService(strapi, 'events').userKey(shopper);
      const body: PreviewPlacement.Response = await service().preview(
        placement,
        { ...page, ...(userKey === undefined ? {} : { userKey }) },
        {
          ...(at === undefined ? {} : { now: Date.parse(at) }),
          ...(variants === undefined ? {} : { variants }),
        },
      );
      ctx.body = body;
    },

    async delete(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      if (!(await service().remove(id))) throw notFound(id);
      const body: DeletePlacement.Response = { data: { id } };
      ctx.body = body;
    },
  };
};
