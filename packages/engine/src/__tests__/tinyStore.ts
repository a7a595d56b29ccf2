import type { Interaction, Product } from '../types.js';

export const DAY = 86_400_000;
/** The store's clock: 2026-06-01. */
export const NOW = Date.UTC(2026, 5, 1);

export const PRODUCTS: Product[] = [
  {
    id: 'tent',
    title: 'Trail tent for two',
    description: 'Light tent, waterproof',
    category: ['Outdoor', 'Tents'],
    brand: 'Peak',
    tags: ['camping'],
    price: 200,
    launchedAt: NOW - 400 * DAY,
  },
  {
    id: 'tent-xl',
    title: 'Family tent for six',
    description: 'Big waterproof tent',
    category: ['Outdoor', 'Tents'],
    brand: 'Peak',
    tags: ['camping'],
    price: 450,
    launchedAt: NOW - 10 * DAY,
  },
  {
    id: 'bag',
    title: 'Down sleeping bag',
    description: 'Warm sleeping bag for camping',
    category: ['Outdoor', 'Sleeping bags'],
    brand: 'Nord',
    tags: ['camping'],
    price: 150,
    launchedAt: NOW - 300 * DAY,
  },
  {
    id: 'stove',
    title: 'Camping stove',
    description: 'Gas stove for camping',
    category: ['Outdoor', 'Cooking'],
    brand: 'Flame',
    tags: ['camping'],
    price: 60,
    launchedAt: NOW - 200 * DAY,
  },
  {
    id: 'mug',
    title: 'Enamel mug',
    description: 'Mug for coffee',
    category: ['Kitchen', 'Mugs'],
    brand: 'Flame',
    price: 12,
    launchedAt: NOW - 5 * DAY,
  },
  {
    id: 'lamp',
    title: 'Head lamp',
    description: 'Bright lamp',
    category: ['Outdoor', 'Lights'],
    brand: 'Nord',
    price: 30,
    available: false,
    launchedAt: NOW - 20 * DAY,
  },
  {
    id: 'kettle',
    title: 'Steel kettle',
    description: 'Kettle for the kitchen',
    category: ['Kitchen', 'Kettles'],
    brand: 'Home',
    price: 40,
    launchedAt: NOW - 800 * DAY,
  },
];

/** Orders: tent with bag (often), tent with stove, bag with stove; mugs alone; kettles steady then booming. */
export function interactions(): Interaction[] {
  const events: Interaction[] = [];
  let order = 0;
  const buy = (user: string, items: string[], daysAgo: number): void => {
    const orderId = `o${order++}`;
    for (const productId of items) {
      events.push({
        userId: user,
        productId,
        type: 'purchase',
        timestamp: NOW - daysAgo * DAY,
        orderId,
        quantity: 1,
        value: 10,
      });
    }
  };
  for (let u = 0; u < 12; u++) buy(`u${u}`, ['tent', 'bag'], 20 - u);
  for (let u = 0; u < 4; u++) buy(`u${u}`, ['tent', 'stove'], 15 - u);
  for (let u = 4; u < 7; u++) buy(`u${u}`, ['bag', 'stove'], 12 - u);
  for (let u = 0; u < 5; u++) buy(`m${u}`, ['mug'], 3);
  // The kettle: one sale a week for a month, then twelve in the last days.
  for (let w = 1; w <= 4; w++) buy(`k${w}`, ['kettle'], 7 + w * 7);
  for (let u = 0; u < 12; u++) buy(`kb${u}`, ['kettle'], u % 3);
  // Views: tent viewers also look at the big tent.
  for (let u = 0; u < 10; u++) {
    events.push({ userId: `v${u}`, productId: 'tent', type: 'view', timestamp: NOW - 2 * DAY });
    events.push({ userId: `v${u}`, productId: 'tent-xl', type: 'view', timestamp: NOW - 2 * DAY + 1000 });
  }
  events.push({ userId: 'shopper', productId: 'stove', type: 'view', timestamp: NOW - DAY });
  events.push({ userId: 'shopper', productId: 'tent', type: 'view', timestamp: NOW - DAY + 60_000 });
  events.push({
    userId: 'shopper',
    productId: 'bag',
    type: 'purchase',
    timestamp: NOW - DAY + 120_000,
    orderId: 'shopper-1',
  });
  return events.sort((a, b) => a.timestamp - b.timestamp);
}
