import type { PlacementContext } from '../types';

/** The SWR key of a placement for a page (shared by `usePlacement` and the server prefetch). */
export function placementKey(slot: string, context: PlacementContext): string {
  return 'aisle:placement:' + slot + JSON.stringify(context, Object.keys(context).sort());
}
