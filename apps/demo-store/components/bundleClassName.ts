/**
 * The bundle's box (border, padding, item width: three across on a phone). In a module of its own so that the
 * bundle and its placeholder (a Server Component) share it: a value exported from a 'use client' file is not
 * a value on the server.
 */
export const BUNDLE_CLASS_NAME =
  'rounded-2xl border border-zinc-200 p-4 [--aisle-item-width:6rem] sm:p-6 sm:[--aisle-item-width:10rem]';
