'use client';

import { RecentlyViewed } from '@aisle/react';
import type { ComponentProps } from 'react';

function NothingViewed() {
  return (
    <section aria-labelledby="recently-viewed-empty" className="grid gap-3">
      <h2 id="recently-viewed-empty" className="text-xl font-semibold">
        Recently viewed
      </h2>
      <p className="text-zinc-600">Products you look at appear here, so that you can find them again.</p>
    </section>
  );
}

/** Recently viewed, which says what it will show while the shopper has viewed nothing yet. */
export function RecentlyViewedList(props: Omit<ComponentProps<typeof RecentlyViewed>, 'emptyComponent'>) {
  return <RecentlyViewed title="Recently viewed" emptyComponent={NothingViewed} {...props} />;
}
