// `@aisle/react/placement`: the lists merchandisers place in the CMS. An entry of its own, so that a page without
// placements does not load it; it shares the list view, the provider and the client with the main entry.
export { Placement } from './components/Placement';
export type { PlacementProps } from './components/Placement';
export { usePlacement } from './hooks/usePlacement';
export { placementKey } from './client/placementKey';
export type { PlacementContext, PlacementData, ServedModule } from './types';
