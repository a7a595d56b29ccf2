import type { CatalogProduct } from './createCatalog';

/** Twelve products in three categories; p12 is out of stock. */
export const DEMO_PRODUCTS: CatalogProduct[] = [
  { slug: 'p01', title: 'Tent 1', price: 100, category: 'Tents', brand: 'Peak' },
  { slug: 'p02', title: 'Tent 2', price: 120, category: 'Tents', brand: 'Peak' },
  { slug: 'p03', title: 'Tent 3', price: 140, category: 'Tents', brand: 'Ridge' },
  { slug: 'p04', title: 'Tent 4', price: 160, category: 'Tents', brand: 'Ridge' },
  { slug: 'p05', title: 'Bag 1', price: 50, category: 'Bags', brand: 'Peak' },
  { slug: 'p06', title: 'Bag 2', price: 60, category: 'Bags', brand: 'Peak' },
  { slug: 'p07', title: 'Bag 3', price: 70, category: 'Bags', brand: 'Ridge' },
  { slug: 'p08', title: 'Bag 4', price: 80, category: 'Bags', brand: 'Ridge' },
  { slug: 'p09', title: 'Stove 1', price: 30, category: 'Stoves', brand: 'Flame' },
  { slug: 'p10', title: 'Stove 2', price: 35, category: 'Stoves', brand: 'Flame' },
  { slug: 'p11', title: 'Stove 3', price: 40, category: 'Stoves', brand: 'Flame' },
  { slug: 'p12', title: 'Stove 4', price: 45, category: 'Stoves', brand: 'Flame', stock: 0 },
];

export const DEMO_CATEGORIES = ['Tents', 'Bags', 'Stoves'];

export interface DemoEvent {
  type: 'view' | 'click' | 'add_to_cart' | 'purchase' | 'impression';
  productId: string;
  userId: string;
  timestamp: number;
  orderId?: string;
  price?: number;
  quantity?: number;
}

/**
 * Twenty shoppers over the last days: each views a tent and a bag, and buys tent p01 with bag p05 in one order
 * (so they are bought together); half of them also buy stove p09 (the best seller after those two); u1 views
 * p12, which is out of stock.
 */
export function demoEvents(now = Date.now()): DemoEvent[] {
  const events: DemoEvent[] = [];
  const hour = 3_600_000;
  for (let user = 1; user <= 20; user += 1) {
    const userId = `u${user}`;
    const time = now - (user + 1) * hour;
    events.push({ type: 'view', productId: 'p01', userId, timestamp: time });
    events.push({ type: 'view', productId: 'p05', userId, timestamp: time + 1000 });
    events.push({ type: 'view', productId: user % 2 === 0 ? 'p02' : 'p06', userId, timestamp: time + 2000 });
    const orderId = `o${user}`;
    events.push({ type: 'purchase', productId: 'p01', userId, orderId, price: 100, timestamp: time + 3000 });
    events.push({ type: 'purchase', productId: 'p05', userId, orderId, price: 50, timestamp: time + 3000 });
    if (user % 2 === 0) {
      events.push({ type: 'purchase', productId: 'p09', userId, orderId, price: 30, timestamp: time + 3000 });
    }
  }
  events.push({ type: 'view', productId: 'p12', userId: 'u1', timestamp: now - hour });
  return events;
}
