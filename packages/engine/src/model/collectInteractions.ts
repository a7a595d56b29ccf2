import { EngineInputError } from '../errors.js';
import { INTERACTION_TYPES } from '../types.js';
import type { EngineConfig, Interaction, InteractionType } from '../types.js';
import { DAY_MS } from './Model.js';
import type { InteractionColumns } from './InteractionColumns.js';
import { growTypedArray } from '../sparse/growTypedArray.js';

export const PURCHASE = INTERACTION_TYPES.indexOf('purchase');
export const RATING = INTERACTION_TYPES.indexOf('rating');

/** The index of an interaction type in INTERACTION_TYPES, -1 for anything else (a switch: no Map per event). */
function typeOf(type: unknown): number {
  switch (type) {
    case 'view':
      return 0;
    case 'click':
      return 1;
    case 'add_to_cart':
      return 2;
    case 'purchase':
      return 3;
    case 'rating':
      return 4;
    default:
      return -1;
  }
}
/** Consumption flags of a shopper-product pair: bought, rated (bits, OR-ed over events). */
export const BOUGHT = 1;
export const RATED = 2;

export function consumedFlag(type: number): number {
  return type === PURCHASE ? BOUGHT : type === RATING ? RATED : 0;
}

/** The weight of one interaction before time decay. */
export function interactionWeight(interaction: Interaction, config: EngineConfig): number {
  if (interaction.weight !== undefined) return interaction.weight;
  const base = config.weights[interaction.type];
  return interaction.type === 'rating' ? base * ratingStrength(interaction.rating, config.ratingPower) : base;
}

/** A rating's share of its weight: |r|^power with r's sign (no rating: 1). */
export function ratingStrength(rating: number | undefined, power: number): number {
  return rating === undefined ? 1 : Math.sign(rating) * Math.abs(rating) ** power;
}

function notNumber(where: string, field: string): EngineInputError {
  return new EngineInputError(`${where}: ${field} must be a finite number`);
}

/** Throws an EngineInputError naming the field of the interaction that is wrong. */
export function checkInteraction(interaction: Interaction, position: number): void {
  const where = `interaction #${position + 1}`;
  if (typeof interaction !== 'object' || interaction === null)
    throw new EngineInputError(`${where} is not an object`);
  if (typeof interaction.userId !== 'string' || interaction.userId.length === 0) {
    throw new EngineInputError(`${where}: userId must be a non-empty string`);
  }
  if (typeof interaction.productId !== 'string' || interaction.productId.length === 0) {
    throw new EngineInputError(`${where}: productId must be a non-empty string`);
  }
  if (typeOf(interaction.type) < 0) {
    throw new EngineInputError(
      `${where}: type ${JSON.stringify(interaction.type)} is not one of ${INTERACTION_TYPES.join(', ')}`,
    );
  }
  if (typeof interaction.timestamp !== 'number' || !Number.isFinite(interaction.timestamp)) {
    throw new EngineInputError(`${where}: timestamp must be a number of milliseconds since the epoch`);
  }
  const { quantity, value, rating, weight } = interaction;
  if (quantity !== undefined && !Number.isFinite(quantity)) throw notNumber(where, 'quantity');
  if (value !== undefined && !Number.isFinite(value)) throw notNumber(where, 'value');
  if (rating !== undefined && !Number.isFinite(rating)) throw notNumber(where, 'rating');
  if (weight !== undefined && !Number.isFinite(weight)) throw notNumber(where, 'weight');
}

export function typeIndex(type: InteractionType): number {
  return typeOf(type);
}

/**
 * Reads interactions into columns, giving users, products and orders dense indexes. Products missing from
 * `productIndex` are added when `addProducts` is set, and skipped otherwise. Purchases without an order id are
 * grouped by shopper and day.
 */
export function collectInteractions(
  interactions: Iterable<Interaction>,
  config: EngineConfig,
  productIndex: Map<string, number>,
  addProducts: boolean,
  userIndex: Map<string, number>,
): { columns: InteractionColumns; skipped: number; orderCount: number } {
  let capacity = Array.isArray(interactions) ? Math.max(16, interactions.length) : 1 << 16;
  let users = new Uint32Array(capacity);
  let items = new Uint32Array(capacity);
  let types = new Uint8Array(capacity);
  let weights = new Float32Array(capacity);
  let times = new Float64Array(capacity);
  let orders = new Int32Array(capacity);
  let quantities = new Float32Array(capacity);
  let values = new Float32Array(capacity);
  const orderIndex = new Map<string, number>();
  const typeWeights = INTERACTION_TYPES.map((type) => config.weights[type]);
  let count = 0;
  let skipped = 0;
  let position = 0;

  for (const interaction of interactions) {
    checkInteraction(interaction, position++);
    let item = productIndex.get(interaction.productId);
    if (item === undefined) {
      if (!addProducts) {
        skipped++;
        continue;
      }
      item = productIndex.size;
      productIndex.set(interaction.productId, item);
    }
    let user = userIndex.get(interaction.userId);
    if (user === undefined) {
      user = userIndex.size;
      userIndex.set(interaction.userId, user);
    }
    if (count === capacity) {
      capacity *= 2;
      users = growTypedArray(users, capacity);
      items = growTypedArray(items, capacity);
      types = growTypedArray(types, capacity);
      weights = growTypedArray(weights, capacity);
      times = growTypedArray(times, capacity);
      orders = growTypedArray(orders, capacity);
      quantities = growTypedArray(quantities, capacity);
      values = growTypedArray(values, capacity);
    }
    const type = typeOf(interaction.type);
    let order = -1;
    if (type === PURCHASE) {
      const key =
        interaction.orderId !== undefined
          ? `o:${interaction.orderId}`
          : `u:${user}:${Math.floor(interaction.timestamp / DAY_MS)}`;
      order = orderIndex.get(key) ?? -1;
      if (order < 0) {
        order = orderIndex.size;
        orderIndex.set(key, order);
      }
    }
    users[count] = user;
    items[count] = item;
    types[count] = type;
    // interactionWeight, with the type already resolved.
    weights[count] =
      interaction.weight ??
      (type === RATING
        ? typeWeights[type]! * ratingStrength(interaction.rating, config.ratingPower)
        : typeWeights[type]!);
    times[count] = interaction.timestamp;
    orders[count] = order;
    quantities[count] = interaction.quantity ?? 1;
    values[count] = interaction.value ?? 0;
    count++;
  }
  return {
    columns: { count, users, items, types, weights, times, orders, quantities, values },
    skipped,
    orderCount: orderIndex.size,
  };
}
