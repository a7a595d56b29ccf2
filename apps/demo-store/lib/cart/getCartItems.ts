import { getProductsByIds } from '../catalog/getProductsByIds';
import type { CartItem } from '../types';
import { readCart } from './readCart';

/** The cart's lines joined with the catalog, in the order they were added. */
export async function getCartItems(): Promise<CartItem[]> {
  const lines = await readCart();
  const products = new Map(
    (await getProductsByIds(lines.map((line) => line.productId))).map((product) => [product.id, product]),
  );
  return lines.flatMap((line) => {
    const product = products.get(line.productId);
    return product ? [{ product, quantity: line.quantity }] : [];
  });
}
