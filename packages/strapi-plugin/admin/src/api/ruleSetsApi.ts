import type { FetchClient } from '@strapi/strapi/admin';

import type {
  CreateRuleSet,
  DeleteRuleSet,
  FindRuleSets,
  RuleSetInput,
  UpdateRuleSet,
} from '../../../shared/contracts/rule-sets';

const BASE = '/recommendations/rule-sets';

/** CRUD of merchandising rule sets: /recommendations/rule-sets. */
export const ruleSetsApi = {
  find(client: FetchClient, signal?: AbortSignal) {
    return client.get<FindRuleSets.Response>(BASE, { signal }).then((response) => response.data.data);
  },
  create(client: FetchClient, input: RuleSetInput) {
    return client
      .post<CreateRuleSet.Response, RuleSetInput>(BASE, input)
      .then((response) => response.data.data);
  },
  update(client: FetchClient, id: number, input: RuleSetInput) {
    return client
      .put<UpdateRuleSet.Response, RuleSetInput>(`${BASE}/${id}`, input)
      .then((response) => response.data.data);
  },
  remove(client: FetchClient, id: number) {
    return client.del<DeleteRuleSet.Response>(`${BASE}/${id}`).then((response) => response.data.data);
  },
};
