import type { SendEvents, ShopEvent } from '@aisle/strapi-plugin/contracts/events';
import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** Records what is sent with navigator.sendBeacon (jsdom has none). */
export function captureBeacons() {
  const sent: { url: string; data: unknown }[] = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: vi.fn((url: string, data: unknown) => sent.push({ url, data }) > 0),
  });
  return {
    /** The number of beacons sent. */
    get count() {
      return sent.length;
    },
    urls: () => sent.map((beacon) => beacon.url),
    /** The events of every beacon, in order; each body must be the contract's JSON, sent as a string (text/plain). */
    async events(): Promise<ShopEvent[][]> {
      return sent.map(({ data }) => {
        if (typeof data !== 'string')
          throw new Error(`beacon body of type ${typeof data}, expected a string`);
        return (JSON.parse(data) as SendEvents.Request['body']).events;
      });
    },
  };
}

/** The page goes to the background (tab switch, navigation, closing): queued events are sent then. */
export function hidePage() {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
  act(() => {
    // As in browsers, the event bubbles from the document to the window.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
}
