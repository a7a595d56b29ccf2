import { cookies } from 'next/headers';

import { SESSION_COOKIE } from './sessionCookie';

/** The anonymous shopper's session id from the cookie that proxy.ts sets on the first request. */
export async function getSessionId(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}
