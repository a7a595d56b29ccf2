import type { ShopEvent } from '@aisle/strapi-plugin/contracts/events';
import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** Records what is sent with navigator.sendBeacon (jsdom has none). */
export function captureBeacons() {
  const sent: { url: string; blob: Blob }[] = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: vi.fn((url: string, blob: Blob) => sent.push({ url, blob }) > 0),
  });
  return {
    /** The number of beacons sent. */
    get count() {
      return sent.length;
    },
    urls: () => sent.map((beacon) => beacon.url),
    /** The events of every beacon, in order (the body's shape is checked on the way). */
    async events(): Promise<ShopEvent[][]> {
      return Promise.all(
        sent.map(async ({ blob }) => {
          if (blob.type !== 'application/json') throw new Error(`beacon of type ${blob.type}`);
          return (JSON.parse(await blob.text()) as { events: ShopEvent[] }).events;
        }),
      );
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
