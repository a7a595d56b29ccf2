import { afterEach, describe, expect, it, vi } from 'vitest';

import { captureBeacons, hidePage } from '../test/beacons';
import type { Tracker } from './createTracker';
import { createTracker } from './createTracker';

const URL = 'https://shop.test/cms/api/recommendations/events';
const trackers: Tracker[] = [];
function tracker(shopper = { userId: 'u1' }, consent = () => true) {
  const created = createTracker(URL, () => shopper, consent);
  trackers.push(created);
  return created;
}

afterEach(() => {
  for (const created of trackers.splice(0)) created.stop();
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('createTracker', () => {
  it('sends 20 events in one beacon, with the shopper and the time', async () => {
    const beacons = captureBeacons();
    const { track } = tracker();
    for (let index = 0; index < 19; index++) track({ type: 'view', productId: `p${index}` });
    expect(beacons.count).toBe(0);
    track({ type: 'impression', productId: 'p19', list: 'trending' });
    expect(beacons.count).toBe(1);
    const [events] = await beacons.events();
    expect(events).toHaveLength(20);
    expect(events![19]).toEqual({
      type: 'impression',
      productId: 'p19',
      list: 'trending',
      userId: 'u1',
      timestamp: expect.any(Number),
    });
    expect(beacons.urls()).toEqual([URL]);
  });

  it('sends what is queued when the page is hidden, and 2 s after the first event otherwise', async () => {
    vi.useFakeTimers();
    const beacons = captureBeacons();
    const { track } = tracker({ userId: 'u1' });
    track({ type: 'view', productId: 'p1' });
    hidePage();
    expect(beacons.count).toBe(1);
    track({ type: 'view', productId: 'p2' });
    vi.advanceTimersByTime(1999);
    expect(beacons.count).toBe(1);
    vi.advanceTimersByTime(1);
    expect(beacons.count).toBe(2);
    hidePage();
    expect(beacons.count).toBe(2);
    expect((await beacons.events()).map((events) => events.map((event) => event.productId))).toEqual([
      ['p1'],
      ['p2'],
    ]);
  });

  it('credits an add to cart or a purchase to the list whose click led to the product, across page loads', async () => {
    const beacons = captureBeacons();
    tracker().track({ type: 'click', productId: 'p7', list: 'people-also-like' });
    // A new page: the tracker is created again and reads the session's clicks.
    const next = tracker();
    next.track({ type: 'add_to_cart', productId: 'p7', quantity: 2 });
    next.track({ type: 'purchase', productId: 'p7', orderId: 'o1', price: 12 });
    next.track({ type: 'add_to_cart', productId: 'p8' });
    next.track({ type: 'add_to_cart', productId: 'p7', list: 'editorial:gifts' });
    next.track({ type: 'view', productId: 'p7' });
    hidePage();
    const events = (await beacons.events()).flat();
    expect(events.map(({ type, productId, list }) => [type, productId, list])).toEqual([
      ['click', 'p7', 'people-also-like'],
      ['add_to_cart', 'p7', 'people-also-like'],
      ['purchase', 'p7', 'people-also-like'],
      ['add_to_cart', 'p8', undefined],
      ['add_to_cart', 'p7', 'editorial:gifts'],
      ['view', 'p7', undefined],
    ]);
  });

  it('sends nothing without a shopper, or without consent, and drops what was queued when consent goes', async () => {
    const beacons = captureBeacons();
    tracker({} as { userId: string }).track({ type: 'view', productId: 'p1' });
    let consent = false;
    const { track } = tracker({ userId: 'u1' }, () => consent);
    track({ type: 'view', productId: 'p2' });
    consent = true;
    track({ type: 'view', productId: 'p3' });
    consent = false;
    hidePage();
    expect(beacons.count).toBe(0);
    consent = true;
    track({ type: 'view', productId: 'p4' });
    hidePage();
    expect((await beacons.events()).map((events) => events.map((event) => event.productId))).toEqual([
      ['p4'],
    ]);
  });

  it('sends what is queued when stopped, and no longer listens to the page', async () => {
    const beacons = captureBeacons();
    const created = tracker();
    created.track({ type: 'view', productId: 'p1' });
    created.stop();
    expect(beacons.count).toBe(1);
    created.track({ type: 'view', productId: 'p2' });
    hidePage();
    expect(beacons.count).toBe(1);
  });
});
