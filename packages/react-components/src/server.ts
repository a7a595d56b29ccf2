// The server entry has no 'use client': Server Components and route handlers call these functions directly.
export { createClient } from './client/createClient';
export type { ClientOptions, RecommendationsClient } from './client/createClient';
export { RecommendationsError } from './client/RecommendationsError';
export { listKey } from './client/listKey';
export { editorialKey } from './client/editorialKey';
export { placementKey } from './client/placementKey';
export { prefetchRecommendations } from './server/prefetchRecommendations';
export type { PrefetchOptions } from './server/prefetchRecommendations';
export type * from './types';
