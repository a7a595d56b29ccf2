import type { EditorialList } from '../../../../shared/contracts/editorial-lists';

export type EditorialState = 'draft' | 'scheduled' | 'live' | 'ended';

/** Where a list stands for shoppers at `now`: a draft, published but waiting for its start, live, or over. */
export function editorialState(
  list: Pick<EditorialList, 'status' | 'startsAt' | 'endsAt'>,
  now = Date.now(),
): EditorialState {
  if (list.status === 'draft') return 'draft';
  if (list.startsAt !== null && Date.parse(list.startsAt) > now) return 'scheduled';
  if (list.endsAt !== null && Date.parse(list.endsAt) <= now) return 'ended';
  return 'live';
}
