'use client';

import { useActionState, useState } from 'react';

import type { CheckoutState } from '../lib/orders/placeOrder';
import { placeOrder } from '../lib/orders/placeOrder';

const FIELDS = [
  { name: 'name', label: 'Full name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { name: 'address', label: 'Delivery address', type: 'text', autoComplete: 'street-address' },
] as const;

/** The checkout form: no payment, placing the order records the purchase. Errors show beside their field. */
export function CheckoutForm() {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrder, { errors: {} });
  // A field's error goes once the shopper edits the field, and comes back only if the next attempt fails too.
  const [editedAfter, setEditedAfter] = useState<Partial<Record<string, CheckoutState>>>({});
  const errorOf = (name: string) =>
    editedAfter[name] === state ? undefined : state.errors[name as keyof CheckoutState['errors']];
  return (
    <form action={action} className="grid gap-4" noValidate>
      {FIELDS.map((field) => (
        <div key={field.name} className="grid gap-1">
          <label htmlFor={field.name} className="text-sm font-medium">
            {field.label}
          </label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            onChange={() => setEditedAfter((edited) => ({ ...edited, [field.name]: state }))}
            aria-invalid={errorOf(field.name) ? true : undefined}
            aria-describedby={errorOf(field.name) ? `${field.name}-error` : undefined}
            className="h-11 rounded-lg border border-zinc-300 px-3 text-base aria-invalid:border-red-600"
          />
          {errorOf(field.name) && (
            <p id={`${field.name}-error`} className="text-sm text-red-700">
              {errorOf(field.name)}
            </p>
          )}
        </div>
      ))}
      <fieldset className="rounded-lg border border-zinc-200 p-4 text-sm text-zinc-600">
        <legend className="px-1 font-medium text-zinc-900">Payment</legend>
        This is a demo shop: no payment is taken.
      </fieldset>
      {state.errors.cart && (
        <p role="alert" className="text-sm text-red-700">
          {state.errors.cart}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="h-12 rounded-full bg-brand-700 px-6 font-semibold text-white hover:bg-brand-600 disabled:opacity-60"
      >
        {pending ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  );
}
