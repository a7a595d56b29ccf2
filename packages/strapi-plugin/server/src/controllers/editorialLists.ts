import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  CreateEditorialList,
  DeleteEditorialList,
  FindEditorialList,
  FindEditorialLists,
  UpdateEditorialList,
} from '../../../shared/contracts/editorial-lists';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';
import { parseId } from '../utils/parseId';
import { editorialListCreateSchema, editorialListUpdateSchema } from '../validation/editorialListSchema';

const notFound = (id: number) => new errors.NotFoundError(`editorial list ${id} does not exist`);

export const editorialListsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'editorial');

  return {
    async find(ctx: RequestContext) {
      const body: FindEditorialLists.Response = { data: await service().findAll() };
      ctx.body = body;
    },

    async findOne(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const list = await service().findOne(id);
      if (list === null) throw notFound(id);
      const body: FindEditorialList.Response = { data: list };
      ctx.body = body;
    },

    async create(ctx: RequestContext) {
      const input = parseInput(editorialListCreateSchema, ctx.request.body);
      const list = await service().create(input);
      if (list === null) {
        return ctx.conflict(`slug: "${input.slug}" is taken by another editorial list`);
      }
      const body: CreateEditorialList.Response = { data: list };
      ctx.status = 201;
      ctx.body = body;
    },

    async update(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const input = parseInput(editorialListUpdateSchema, ctx.request.body);
      const list = await service().update(id, input);
      if (list === undefined) throw notFound(id);
      if (list === null) {
        return ctx.conflict(`slug: "${input.slug ?? ''}" is taken by another editorial list`);
      }
      const body: UpdateEditorialList.Response = { data: list };
      ctx.body = body;
    },

    async delete(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      if (!(await service().remove(id))) throw notFound(id);
      const body: DeleteEditorialList.Response = { data: { id } };
      ctx.body = body;
    },
  };
};
