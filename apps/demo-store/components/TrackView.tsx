'use client';

import { useTracking } from '@aisle/react';
import { useEffect } from 'react';

/** Records a view of the page's product once per visit of the page (it feeds recently viewed and picks). */
export function TrackView({ productId }: { productId: string }) {
  const { track } = useTracking();
  useEffect(() => {
    track({ type: 'view', productId });
  }, [track, productId]);
  return null;
}
