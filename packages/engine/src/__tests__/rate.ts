import type { Interaction } from '../types.js';

/** A rating of 1 at time 0: a test's "this user had this product". */
export const rate = (userId: string, productId: string): Interaction => ({
  userId,
  productId,
  type: 'rating',
  rating: 1,
  timestamp: 0,
});
