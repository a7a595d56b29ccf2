/**
 * Share of the catalog that appears in at least one of the recommended lists: a model that shows everybody
 * the same few best sellers covers little of it. Ids outside `catalog` are not counted.
 */
export function catalogCoverage(lists: Iterable<readonly string[]>, catalog: ReadonlySet<string>): number {
  if (catalog.size === 0) return 0;
  const shown = new Set<string>();
  for (const list of lists) for (const id of list) if (catalog.has(id)) shown.add(id);
  return shown.size / catalog.size;
}
