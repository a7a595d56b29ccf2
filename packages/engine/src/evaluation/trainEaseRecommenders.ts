import type { Interaction } from '../types.js';
import { groupBaskets } from './groupBaskets.js';
import { groupHistories } from './groupHistories.js';
import type { BasketTrainer, UserTrainer } from './Recommenders.js';
import { easeTopK, trainEase } from './trainEase.js';

/** Dense EASE over the users' training histories (λ 300, as for MovieLens in the paper's experiments' range). */
export function trainEaseForUsers(lambda = 300): UserTrainer {
  return (train: readonly Interaction[]) => {
    const histories = groupHistories(train);
    const model = trainEase(histories.values(), lambda);
    return (userId, k) => easeTopK(model, histories.get(userId) ?? [], k);
  };
}

/** Dense EASE over the training baskets (λ 50, the shared reference script's), the basket's rows summed. */
export function trainEaseForBaskets(lambda = 50): BasketTrainer {
  return (train: readonly Interaction[]) => {
    const model = trainEase(groupBaskets(train), lambda);
    return (basket, k) => easeTopK(model, basket, k);
  };
}
