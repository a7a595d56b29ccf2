'use client';

import { useActionState } from 'react';

import type { SignInState } from '../lib/shopper/signIn';
import { signIn } from '../lib/shopper/signIn';

/** An email address, and the button that signs in with it (the demo has no passwords). */
export function SignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="grid gap-4" noValidate>
      <div className="grid gap-1">
        <label htmlFor="email" className="text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'email-error' : undefined}
          className="h-11 rounded-lg border border-zinc-300 px-3 text-base aria-invalid:border-red-600"
        />
        {state.error && (
          <p id="email-error" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="h-11 rounded-full bg-brand-700 px-5 font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
