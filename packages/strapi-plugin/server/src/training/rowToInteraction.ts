import type { Interaction } from '@aisle/engine';

/** An event as stored in the plugin's events table. */
export interface EventRow {
  id?: number;
  type: string;
  productId: string;
  userId: string;
  orderId: string | null;
  quantity: number | null;
  price: number | null;
  list: string | null;
  /** `<slot>:<module>:<variant>` of a placement that showed the product; absent on rows stored before. */
  placement?: string | null;
  /** Milliseconds since the epoch (bigint columns come back as strings on PostgreSQL). */
  occurredAt: number | string;
}

/** The engine's interaction for a stored event; null for impressions, which the engine does not learn from. */
export function rowToInteraction(row: EventRow): Interaction | null {
  if (row.type !== 'view' && row.type !== 'click' && row.type !== 'add_to_cart' && row.type !== 'purchase') {
    return null;
  }
  const interaction: Interaction = {
    userId: row.userId,
    productId: row.productId,
    type: row.type,
    timestamp: Number(row.occurredAt),
  };
  if (row.quantity !== null && row.quantity !== undefined) {
    interaction.quantity = row.quantity;
  }
  if (row.type === 'purchase') {
    if (row.price !== null && row.price !== undefined) {
      interaction.value = row.price * (row.quantity ?? 1);
    }
    if (row.orderId) {
      interaction.orderId = row.orderId;
    }
  }
  return interaction;
}
