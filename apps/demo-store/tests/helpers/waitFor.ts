/**
 * Polls `check` until it returns a value other than undefined, or fails with `what` after `timeoutMs`. For
 * effects that arrive asynchronously (batched beacons, batched writes); it never asserts how fast.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `waitFor: ${what} did not happen${last instanceof Error ? ` (last error: ${last.message})` : ''}`,
  );
}
