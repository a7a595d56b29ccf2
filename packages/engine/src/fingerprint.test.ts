import { describe, expect, it } from 'vitest';
import { recommend } from './recommend.js';
import { createRandom } from './synthetic/createRandom.js';
import { train } from './train.js';
import type { Interaction, Product, RecommendRequest, RecommendResult, RuleSet } from './types.js';

// Fingerprints of every list on fixed data, written before the structure of the serving path changed
// (issue #11) and held since: a refactor that changes what any list serves, in what order, with which
// reasons or score, fails here. Update them (`vitest -u`) only for a change meant to alter the lists.

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const GENRES = ['Drama', 'Comedy', 'Action', 'Thriller', 'Romance', 'Sci-Fi'];

/** MovieLens-shaped: 240 viewers rate 150 films, 5 to 60 each, by taste (genre) and popularity, over 200 days. */
function movieRatings(): { films: Product[]; ratings: Interaction[] } {
  const random = createRandom(100);
  const films: Product[] = Array.from({ length: 150 }, (_, f) => ({
    id: `film-${f}`,
    title: `Film ${f}`,
    description: `A ${GENRES[f % 6]} film about ${['love', 'war', 'space', 'money', 'family'][f % 5]}`,
    category: ['Films', GENRES[f % 6]!],
    brand: `studio-${f % 9}`,
    price: 5 + (f % 20),
    launchedAt: NOW - ((f * 7) % 400) * DAY,
    available: f % 17 !== 3,
  }));
  const ratings: Interaction[] = [];
  for (let u = 0; u < 240; u++) {
    const taste = [u % 6, (u * 7 + 1) % 6];
    const seen = new Set<number>();
    const count = 5 + random.int(56);
    for (let r = 0; r < count; r++) {
      const genre = random.next() < 0.8 ? taste[random.int(2)]! : random.int(6);
      // Popular films first: low indexes of a genre are rated more.
      const rank = Math.floor(Math.pow(random.next(), 2) * 25);
      const film = genre + 6 * rank;
      if (seen.has(film)) continue;
      seen.add(film);
      ratings.push({
        userId: `viewer-${u}`,
        productId: `film-${film}`,
        type: 'rating',
        rating: 1 + random.int(5),
        timestamp: NOW - random.int(200) * DAY - random.int(DAY),
      });
    }
  }
  ratings.sort((a, b) => a.timestamp - b.timestamp);
  return { films, ratings };
}

/** A shop's behaviour: views, carts and orders of 300 shoppers over 120 products, with co-purchased pairs. */
function shopEvents(): { products: Product[]; events: Interaction[] } {
  const random = createRandom(7);
  const departments = ['Outdoor', 'Kitchen', 'Garden', 'Office'];
  const products: Product[] = Array.from({ length: 120 }, (_, p) => ({
    id: `p${p}`,
    title: `Product ${p}`,
    description: `${departments[p % 4]} ${['lamp', 'mug', 'tent', 'chair', 'pot', 'pen'][p % 6]} ${p % 3 === 0 ? 'steel' : 'wood'}`,
    category: [departments[p % 4]!, `Aisle ${p % 12}`],
    brand: `brand-${p % 7}`,
    tags: p % 5 === 0 ? ['sale'] : [],
    price: 3 + ((p * 37) % 200),
    launchedAt: NOW - ((p * 13) % 150) * DAY,
    attributes: { colour: ['red', 'blue', 'green'][p % 3]! },
  }));
  const events: Interaction[] = [];
  let order = 0;
  for (let s = 0; s < 300; s++) {
    const home = s % 4;
    const sessions = 1 + random.int(4);
    for (let v = 0; v < sessions; v++) {
      const start = NOW - random.int(90) * DAY - random.int(DAY);
      const basket: number[] = [];
      const length = 2 + random.int(6);
      for (let e = 0; e < length; e++) {
        const product = random.next() < 0.75 ? home + 4 * random.int(30) : random.int(120);
        events.push({
          userId: `shopper-${s}`,
          productId: `p${product}`,
          type: 'view',
          timestamp: start + e * 60_000,
        });
        if (random.next() < 0.4) basket.push(product);
        // Products sold with a companion: p and p + 4 (same department) go together.
        if (random.next() < 0.3) basket.push((product + 4) % 120);
      }
      if (basket.length === 0) continue;
      const orderId = `order-${order++}`;
      for (const product of new Set(basket)) {
        const timestamp = start + length * 60_000;
        events.push({ userId: `shopper-${s}`, productId: `p${product}`, type: 'add_to_cart', timestamp });
        events.push({
          userId: `shopper-${s}`,
          productId: `p${product}`,
          type: 'purchase',
          quantity: 1 + (product % 3),
          value: (1 + (product % 3)) * (3 + ((product * 37) % 200)),
          orderId,
          timestamp: timestamp + 1000,
        });
      }
    }
  }
  events.sort((a, b) => a.timestamp - b.timestamp);
  return { products, events };
}

/** The rule sets a merchandiser might keep, none of whose rules contradict each other. */
const RULE_SETS: RuleSet[] = [
  {
    id: 'boost-sale',
    list: '*',
    boosts: [
      { match: { tag: 'sale' }, factor: 2 },
      { match: { brand: 'brand-3' }, factor: 0.5 },
    ],
  },
  {
    id: 'no-red-fbt',
    list: 'frequently-bought-together',
    exclude: [{ attribute: { name: 'colour', value: 'red' } }],
  },
  {
    id: 'pin-outdoor',
    list: 'people-also-like',
    scope: { category: 'Outdoor' },
    pins: [{ productId: 'p100', position: 2 }],
  },
  { id: 'diverse', list: 'best-selling', diversity: { maxPerBrand: 2 }, filters: { maxPrice: 150 } },
  { id: 'picks', list: 'picks-for-you', pins: [{ productId: 'p1', position: 1 }], limit: 8 },
];

/** What a served list is, with scores rounded so that a change of the last bits of a float does not count. */
function fingerprint(result: RecommendResult): string[] {
  const lines = result.items.map(
    (item) =>
      `${item.id} ${item.source} ${Number(item.score.toPrecision(6))} ${item.reasons
        .map((reason) => `${reason.kind}:${reason.productId ?? reason.category ?? reason.list ?? ''}`)
        .join(',')}`,
  );
  for (const effect of result.effects)
    lines.push(`effect ${effect.ruleSetId} ${effect.action} ${effect.detail}`);
  return lines;
}

describe('list fingerprints', () => {
  it('MovieLens-shaped ratings: every list for viewers and films', () => {
    const { films, ratings } = movieRatings();
    const model = train(films, ratings);
    const requests: RecommendRequest[] = [
      { list: 'new' },
      { list: 'best-selling' },
      { list: 'trending' },
      { list: 'new', category: 'Comedy' },
    ];
    for (let u = 0; u < 240; u += 23) {
      requests.push({ list: 'picks-for-you', userId: `viewer-${u}` });
      requests.push({ list: 'recently-viewed', userId: `viewer-${u}` });
      requests.push({ list: 'picks-for-you', userId: `viewer-${u}`, includePurchased: true, limit: 5 });
    }
    for (let f = 0; f < 150; f += 13) {
      requests.push({ list: 'people-also-like', productId: `film-${f}` });
      requests.push({ list: 'similar', productId: `film-${f}` });
    }
    requests.push({ list: 'picks-for-you', userId: 'nobody' });
    const served = Object.fromEntries(
      requests.map((request) => [JSON.stringify(request), fingerprint(recommend(model, request))]),
    );
    expect(served).toMatchSnapshot();
  });

  it('a shop: item-to-item lists, baskets and rules', () => {
    const { products, events } = shopEvents();
    const model = train(products, events);
    const requests: RecommendRequest[] = [
      { list: 'best-selling' },
      { list: 'trending' },
      { list: 'new' },
      { list: 'best-selling', category: 'Garden' },
      { list: 'trending', category: 'Aisle 5', limit: 20 },
    ];
    for (let p = 0; p < 120; p += 11) {
      requests.push({ list: 'people-also-like', productId: `p${p}` });
      requests.push({ list: 'frequently-bought-together', productId: `p${p}` });
      requests.push({ list: 'similar', productId: `p${p}`, filters: { minPrice: 20 } });
      requests.push({
        list: 'frequently-bought-together',
        basket: [`p${p}`, `p${(p + 8) % 120}`, `p${(p + 1) % 120}`],
      });
    }
    for (let s = 0; s < 300; s += 37) {
      requests.push({ list: 'picks-for-you', userId: `shopper-${s}` });
      requests.push({ list: 'recently-viewed', userId: `shopper-${s}`, exclude: ['p0', 'p4'] });
    }
    requests.push({ list: 'people-also-like', productId: 'p3', fallback: [] });
    requests.push({ list: 'frequently-bought-together', basket: ['p2', 'unknown'], limit: 30 });
    const served: Record<string, string[]> = {};
    for (const request of requests) {
      served[JSON.stringify(request)] = fingerprint(recommend(model, request));
      served[`rules ${JSON.stringify(request)}`] = fingerprint(
        recommend(model, request, { ruleSets: RULE_SETS }),
      );
    }
    expect(served).toMatchSnapshot();
  });
});
