'use server';

import { readCart } from './readCart';
import { writeCart } from './writeCart';

const PRODUCT_ID = /^[\w-]{1,100}$/;

/** Adds products to the cart (one product from its page, or a whole bundle), `quantity` units of each. */
export async function addToCart(productIds: string[], quantity = 1): Promise<void> {
  if (!Array.isArray(productIds) || productIds.some((id) => typeof id !== 'string' || !PRODUCT_ID.test(id))) {
    throw new Error('addToCart: productIds must be catalog ids (letters, digits, _ and -)');
  }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
    throw new Error(`addToCart: quantity must be an integer from 1 to 99, got ${quantity}`);
  }
  const lines = await readCart();
  for (const productId of productIds) {
    const line = lines.find((existing) => existing.productId === productId);
    if (line) line.quantity += quantity;
    else lines.push({ productId, quantity });
  }
  await writeCart(lines);
}
