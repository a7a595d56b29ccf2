import type { Interaction } from '../types.js';

/** The ids of `k` products for a user, best first, none of which the user had in the training data. */
export type UserRecommender = (userId: string, k: number) => string[];

/** The ids of `k` products to add to a basket, best first, none of them already in it. */
export type BasketRecommender = (basket: readonly string[], k: number) => string[];

/** Trains a recommender on the training interactions: the engine and each baseline are one of these. */
export type UserTrainer = (train: readonly Interaction[]) => UserRecommender;
export type BasketTrainer = (train: readonly Interaction[]) => BasketRecommender;

/** The ids of `k` products to show beside a product (a product page's list), best first, never the product. */
export type SeedRecommender = (productId: string, k: number) => string[];
export type SeedTrainer = (train: readonly Interaction[]) => SeedRecommender;
