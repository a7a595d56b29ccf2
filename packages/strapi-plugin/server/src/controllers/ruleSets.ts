import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  CreateRuleSet,
  DeleteRuleSet,
  FindRuleSet,
  FindRuleSets,
  UpdateRuleSet,
} from '../../../shared/contracts/rule-sets';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';
import { parseId } from '../utils/parseId';
import { ruleSetSchema } from '../validation/ruleSetSchema';

const notFound = (id: number) => new errors.NotFoundError(`rule set ${id} does not exist`);

export const ruleSetsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'rules');

  return {
    async find(ctx: RequestContext) {
      const body: FindRuleSets.Response = { data: await service().findAll() };
      ctx.body = body;
    },

    async findOne(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const ruleSet = await service().findOne(id);
      if (ruleSet === null) throw notFound(id);
      const body: FindRuleSet.Response = { data: ruleSet };
      ctx.body = body;
    },

    async create(ctx: RequestContext) {
      const body: CreateRuleSet.Response = {
        data: await service().create(parseInput(ruleSetSchema, ctx.request.body)),
      };
      ctx.status = 201;
      ctx.body = body;
    },

    async update(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      const ruleSet = await service().update(id, parseInput(ruleSetSchema, ctx.request.body));
      if (ruleSet === null) throw notFound(id);
      const body: UpdateRuleSet.Response = { data: ruleSet };
      ctx.body = body;
    },

    async delete(ctx: RequestContext) {
      const id = parseId(ctx.params.id);
      if (!(await service().remove(id))) throw notFound(id);
      const body: DeleteRuleSet.Response = { data: { id } };
      ctx.body = body;
    },
  };
};
