import { checkInteraction, interactionWeight, typeIndex } from './model/collectInteractions.js';
import type { Model } from './model/Model.js';
import { getRuntime } from './model/ModelRuntime.js';
import { recordEvent } from './model/recordEvent.js';
import type { Interaction } from './types.js';

/**
 * Feeds new events to a served model without retraining: the counters behind new, best-selling and trending,
 * and each shopper's recent events (recently-viewed, and picks-for-you from a new session's first events).
 * Events on products the model does not know are skipped. Returns how many were used.
 */
export function updateModel(model: Model, interactions: Iterable<Interaction>): number {
  const runtime = getRuntime(model);
  let used = 0;
  let position = 0;
  for (const interaction of interactions) {
    checkInteraction(interaction, position++);
    const item = runtime.productIndex.get(interaction.productId);
    if (item === undefined) continue;
    let user = runtime.userIndex.get(interaction.userId);
    if (user === undefined) {
      user = model.userIds.length;
      model.userIds.push(interaction.userId);
      runtime.userIndex.set(interaction.userId, user);
    }
    recordEvent(
      model,
      user,
      item,
      typeIndex(interaction.type),
      interactionWeight(interaction, model.config),
      interaction.timestamp,
      interaction.quantity ?? 1,
      interaction.value ?? 0,
    );
    used++;
  }
  if (used > 0) {
    runtime.version++;
    model.stats.updates += used;
  }
  return used;
}
