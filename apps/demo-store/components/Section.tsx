import type { ReactNode } from 'react';

/**
 * A band of the page for one list (hidden when the list renders nothing). `minHeight` reserves the list's box before it arrives, so a list fetched in
 * the browser pushes nothing down; prefetched lists arrive in the HTML and fill it at once.
 */
export function Section({ children, minHeight }: { children: ReactNode; minHeight?: string }) {
  return (
    <div
      className="mx-auto max-w-7xl px-4 py-6 empty:hidden sm:px-6"
      style={minHeight ? { minHeight } : undefined}
    >
      {children}
    </div>
  );
}
