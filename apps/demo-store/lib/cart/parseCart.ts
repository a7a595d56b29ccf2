import type { CartLine } from '../types';

export const MAX_CART_LINES = 50;
export const MAX_QUANTITY = 99;

/**
 * Reads the cart cookie (`id:quantity,id:quantity`). The cookie is the shopper's to change, so anything that does
 * not parse is dropped rather than trusted: unknown ids fall out later when joined with the catalog.
 */
export function parseCart(value: string | undefined): CartLine[] {
  if (!value) return [];
  const lines = new Map<string, number>();
  for (const part of value.split(',')) {
    const match = /^([\w-]{1,100}):(\d{1,2})$/.exec(part);
    if (!match) continue;
    const quantity = Math.min(Number(match[2]), MAX_QUANTITY);
    if (quantity > 0) lines.set(match[1]!, quantity);
    if (lines.size === MAX_CART_LINES) break;
  }
  return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
}
