/**
 * Joins class names, skipping empty ones. Default styles live in `@layer components` behind `:where()`, so any
 * class given here (a Tailwind utility or an app's own CSS) wins without tailwind-merge's 7 KB.
 */
export function cn(...names: (string | false | null | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
