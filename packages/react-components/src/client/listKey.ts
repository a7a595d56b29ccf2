import type { ListRequest } from '../types';

/**
 * The SWR key of a list request: JSON with sorted keys and no undefined fields, so an inline request object
 * gives the same key on every render, and the server's prefetch gives the key the browser looks up. A request
 * is flat (its arrays hold strings), so sorting the top-level keys is enough.
 */
export function listKey(request: ListRequest): string {
  return 'aisle:list:' + JSON.stringify(request, Object.keys(request).sort());
}
