'use server';

import { readCart } from './readCart';
import { writeCart } from './writeCart';

/** Sets a cart line's quantity; 0 removes the line. */
export async function setCartQuantity(productId: string, quantity: number): Promise<void> {
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 99) {
    throw new Error(`setCartQuantity: quantity must be an integer from 0 to 99, got ${quantity}`);
  }
  const lines = await readCart();
  await writeCart(lines.map((line) => (line.productId === productId ? { ...line, quantity } : line)));
}
