import type { EditorialList } from '../../../../../shared/contracts/editorial-lists';

/** An editorial list as the editor holds it: dates as `Date` for the pickers, no description as ''. */
export interface EditorialForm {
  title: string;
  slug: string;
  description: string;
  productIds: string[];
  startsAt: Date | null;
  endsAt: Date | null;
}

export const EMPTY_EDITORIAL_FORM: EditorialForm = {
  title: '',
  slug: '',
  description: '',
  productIds: [],
  startsAt: null,
  endsAt: null,
};

/** The form of a stored list. */
export const toEditorialForm = (list: EditorialList): EditorialForm => ({
  title: list.title,
  slug: list.slug,
  description: list.description ?? '',
  productIds: list.productIds,
  startsAt: list.startsAt === null ? null : new Date(list.startsAt),
  endsAt: list.endsAt === null ? null : new Date(list.endsAt),
});
