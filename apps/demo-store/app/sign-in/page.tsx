import type { Metadata } from 'next';

import { SignInForm } from '../../components/SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

/**
 * The demo's sign-in: an email address makes the shopper a customer, whose lists follow them across devices. The
 * store's server signs who they are for the CMS (a shopper token); the browser never names a user itself.
 */
export default function SignInPage() {
  return (
    <div className="mx-auto grid max-w-md gap-6 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-2 text-zinc-700">
          A demo store: any email address signs you in, without a password. Your orders and picks are then
          yours on any device.
        </p>
      </div>
      <SignInForm />
    </div>
  );
}
