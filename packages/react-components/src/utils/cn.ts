/**
 * Joins class names, skipping empty ones. Default styles live in `@layer components` behind `:where()`, so any
 * class given here (a Tailwind utility or an app's own CSS) wins without bundling tailwind-merge.
 */
export function cn(...names: (string | false | null | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}
