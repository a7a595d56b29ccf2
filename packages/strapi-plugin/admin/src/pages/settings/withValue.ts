/** Without a value the engine's default applies: an empty input removes the key. */
export function withValue<T extends object>(
  object: T | undefined,
  key: keyof T,
  value: number | undefined,
): T {
  const next = { ...(object ?? {}) } as T;
  if (value === undefined) delete next[key];
  else (next as Record<keyof T, number>)[key] = value;
  return next;
}
