'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { SHOPPER_COOKIE } from './shopperCookie';
import { signInCustomer } from './signInCustomer';

export interface SignInState {
  error?: string;
}

/** The demo's sign-in: any email address (no password), then the shopper's own page. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get('email') ?? '').trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return { error: 'Enter an email address like you@example.com.' };
  if ((await signInCustomer(email)) === undefined) {
    return { error: 'Signing in is off: the store has no AISLE_SHOPPER_TOKEN_SECRET.' };
  }
  redirect('/for-you');
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SHOPPER_COOKIE);
  redirect('/');
}
