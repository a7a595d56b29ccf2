/**
 * Rate limits count in fixed minutes (`createRateLimiter`): a test that sends a few requests and expects the
 * last one refused fails if they straddle a minute's end. It waits, when needed, until a minute has just begun,
 * so that the test's requests fall in one (the tests that use it take a few seconds at most).
 */
export async function startEarlyInAMinute(latestMs = 45_000): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > latestMs) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
}
