import { cookies } from 'next/headers';

import { SESSION_COOKIE } from '../session/sessionCookie';
import { signedInCustomer } from './signedInCustomer';

/** Who the page is for: the anonymous session (always), and the signed-in customer's token when there is one. */
export interface StoreShopper {
  sessionId: string | undefined;
  shopperToken: string | undefined;
}

export async function getShopper(): Promise<StoreShopper> {
  const [jar, customer] = await Promise.all([cookies(), signedInCustomer()]);
  return { sessionId: jar.get(SESSION_COOKIE)?.value, shopperToken: customer?.token };
}
