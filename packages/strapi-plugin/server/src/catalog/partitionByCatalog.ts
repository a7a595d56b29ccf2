/**
 * Splits a basket into the ids the catalog has, in order (repeats kept: the engine counts a product once), and
 * the ids it does not have, each once, in order of first appearance.
 */
export function partitionByCatalog(
  ids: readonly string[],
  catalog: { has(id: string): boolean },
): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  let seen: Set<string> | null = null;
  for (const id of ids) {
    if (catalog.has(id)) {
      known.push(id);
    } else if (!(seen ??= new Set()).has(id)) {
      seen.add(id);
      unknown.push(id);
    }
  }
  return { known, unknown };
}
