import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { SWRConfig } from 'swr';

import type { RecommendationsClient } from '../client/createClient';
import { createClient } from '../client/createClient';
import type { Tracker } from '../tracking/createTracker';
import { createTracker } from '../tracking/createTracker';
import type { RecommendedProduct, Shopper, TrackEvent } from '../types';
import { RecommendationsContext } from './RecommendationsContext';

export interface RecommendationsProviderProps {
  /** The CMS origin; ignored when `client` is given. */
  baseUrl?: string;
  client?: RecommendationsClient;
  /**
   * The signed-in shopper in the browser: a token the shop's server signed with `createShopperToken`
   * (from this package's `shopper-token` entry), sent with every list request and event. The CMS refuses a raw `userId` from
   * a browser.
   */
  shopperToken?: string;
  /** The shop's user id: only where requests carry the shop server's API token (a server-side client). */
  userId?: string;
  /** An anonymous shopper's session id (for example from a cookie), used when there is no `userId`. */
  sessionId?: string;
  /** Consent to tracking; `false` sends nothing and drops what is queued. Default true. */
  tracking?: boolean;
  /** Lists fetched on the server by `prefetchRecommendations`: rendered in the first HTML. */
  fallback?: Record<string, unknown>;
  /** Where a product card links to; default `/products/<id>`. */
  productHref?: (product: RecommendedProduct) => string;
  /** Prices are formatted with `Intl.NumberFormat(locale)`; default `en-US`. */
  locale?: string;
  children?: ReactNode;
}

const defaultHref = (product: RecommendedProduct) => '/products/' + encodeURIComponent(product.id);

export function RecommendationsProvider({
  baseUrl,
  client: given,
  userId,
  sessionId,
  shopperToken,
  tracking = true,
  fallback,
  productHref = defaultHref,
  locale = 'en-US',
  children,
}: RecommendationsProviderProps) {
  const client = useMemo(() => given ?? createClient({ baseUrl: baseUrl! }), [given, baseUrl]);
  // The tracker reads consent at each call and flush, so withdrawing it drops what is queued. `track` never
  // changes, so that lists do not observe their impressions again when the provider's props change.
  const state = useRef<{
    tracker?: Tracker;
    consent?: boolean;
    pending?: TrackEvent[];
    track?: (event: TrackEvent) => void;
  }>({}).current;
  state.consent = tracking;
  // One identity for requests and events: the signed token, else the id, else the anonymous session.
  const shopper: Shopper = useMemo(
    () => (shopperToken ? { shopperToken } : userId ? { userId } : { sessionId }),
    [shopperToken, userId, sessionId],
  );
  state.track ??= (event) =>
    state.tracker ? state.tracker.track(event) : (state.pending ??= []).push(event);

  // Effects never run on the server, so nothing is tracked there.
  useEffect(() => {
    const tracker = createTracker(
      client.url + '/events',
      () => shopper,
      () => state.consent!,
    );
    state.tracker = tracker;
    // Children's mount effects run before this one: what they tracked (a product page's view) waited here.
    state.pending?.splice(0).forEach(tracker.track);
    return tracker.stop;
  }, [client, shopper, state]);

  const value = useMemo(
    () => ({
      client,
      shopper,
      track: state.track!,
      productHref,
      formatPrice: (amount: number, currency?: string) =>
        new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : undefined).format(amount),
    }),
    [client, shopper, state, productHref, locale],
  );
  return (
    <RecommendationsContext.Provider value={value}>
      <SWRConfig value={{ fallback }}>{children}</SWRConfig>
    </RecommendationsContext.Provider>
  );
}
