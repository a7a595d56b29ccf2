/** The SWR key of an editorial list (shared by `useEditorialList` and the server prefetch). */
export function editorialKey(slug: string): string {
  return 'aisle:editorial:' + slug;
}
