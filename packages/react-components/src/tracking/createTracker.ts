import type { ShopEvent } from '@aisle/strapi-plugin/contracts/events';

import type { Shopper, TrackEvent } from '../types';

export interface Tracker {
  track(event: TrackEvent): void;
  /** Sends what is queued and stops listening to the page. */
  stop(): void;
}

/**
 * Queues events and sends them in batches with `sendBeacon` (it survives the page being left) to `POST <url>`,
 * the plugin's `SendEvents` body as text:
 * at 20 events, 2 s after the first one, and when the page is hidden (the last event a page reliably gets,
 * on mobile too). Nothing is queued or sent while
 * `consent()` is false. Add-to-cart and purchase events without a list get the list of the last click on that
 * product in this browser session.
 */
export function createTracker(url: string, shopper: () => Shopper, consent: () => boolean): Tracker {
  let queue: ShopEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Storage can be disabled (private modes): attribution then lasts as long as the page.
  const attribution: Record<string, TrackEvent['list']> = (() => {
    try {
      return sessionStorage;
    } catch {
      return {};
    }
  })();

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const events = queue;
    queue = [];
    if (!events.length || !consent()) return;
    // A string goes as text/plain, which needs no CORS preflight: the CMS may be on another origin (the plugin
    // parses text bodies as JSON for this reason).
    navigator.sendBeacon(url, JSON.stringify({ events }));
  };
  const onHide = () => document.visibilityState === 'hidden' && flush();
  addEventListener('visibilitychange', onHide);

  return {
    track(event) {
      const who = shopper();
      if (!consent() || !Object.values(who)[0]) return;
      const key = 'aisle:' + event.productId;
      if (event.type === 'click' && event.list) attribution[key] = event.list;
      const list =
        event.list ??
        (event.type === 'add_to_cart' || event.type === 'purchase' ? attribution[key] : undefined);
      queue.push({ ...who, timestamp: Date.now(), ...event, ...(list && { list }) });
      if (queue.length > 19) flush();
      else timer ??= setTimeout(flush, 2000);
    },
    stop() {
      flush();
      removeEventListener('visibilitychange', onHide);
    },
  };
}
