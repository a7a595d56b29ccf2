import type { Interaction, InteractionType, Product } from '../types.js';
import {
  buildSimulationCatalog,
  MAX_COMPLEMENTS,
  type SimulationCatalog,
  type SimulationGroup,
} from './buildSimulationCatalog.js';
import { EngineInputError } from '../errors.js';
import { checkOption } from './checkOption.js';
import { createAliasSampler, type AliasSampler } from './createAliasSampler.js';
import { createRandom, type Random } from './createRandom.js';
import { DAY_MS, SYNTHETIC_NOW } from './defaults.js';
import { mixHash } from './mixHash.js';

export interface InteractionOptions {
  /** Any 32-bit integer; the same seed, catalog and options always give the same interactions. */
  seed: number;
  /** Registered shoppers (ids `u1`..`uN`), 1 to 50,000,000. Anonymous sessions (`s1`, ...) come on top. */
  shoppers: number;
  /** Approximate number of interactions to generate (the result is within about 1% of it). */
  interactions: number;
  /** Length of the history in days, ending at `now` (default 120). */
  days?: number;
  /** The end of the history (ms since the epoch); default `SYNTHETIC_NOW`. */
  now?: number;
}

const TYPES: readonly InteractionType[] = ['view', 'click', 'add_to_cart', 'purchase'];
const VIEW = 0;
const CLICK = 1;
const ADD_TO_CART = 2;
const PURCHASE = 3;

const REGISTERED_SHARE = 0.82;
/** Activity skew of registered shoppers: index = n * u^1.6 puts most sessions on a minority of shoppers. */
const ACTIVITY_SKEW = 1.6;
const FOLLOW_UP_SHARE = 0.18;
/** Consumables a registered shopper keeps buying, each at its product's own interval (buy-again's signal). */
const STAPLES = 3;
const HOUR_MS = 3_600_000;
/** A session of a shopper with a staple due (its interval passed) is a repurchase of it this often. */
const REPLENISH_SHARE = 0.3;
/** A consumable's repurchase interval, in days: 7 to 49, per product. */
const MIN_INTERVAL_DAYS = 7;
const INTERVAL_SPREAD_DAYS = 43;
const NEW_ARRIVAL_SESSION_SHARE = 0.06;
const NEW_ARRIVAL_NOVELTY_DAYS = 30;
const TRENDING_SESSION_SHARE = 0.1;
const TRENDING_DAYS = 7;
const FAVOURITE_SHARE = 0.7;
const CART_SHARE_REGISTERED = 0.32;
const CART_SHARE_ANONYMOUS = 0.08;
const CHECKOUT_SHARE = 0.6;
/** Chance to add a product of the k-th complement group once the main product is in the cart. */
const COMPLEMENT_SHARE = [0.5, 0.32, 0.22, 0.15] as const;
/** Chance that the complement is the product's usual partner rather than any product of the group. */
const PARTNER_SHARE = 0.7;
const IMPULSE_SHARE = 0.12;
const MAX_BASKET = 5;
/** Out-of-stock products stop selling this many days before `now`. */
const STOCKOUT_DAYS = 14;
/** Expected events a slice of the history; each slice is generated, sorted and yielded as a whole. */
const EVENTS_PER_SLICE = 50_000;
const INDEX_BITS = 2 ** 22;
/** Relative traffic by hour of the day (UTC): a lunch bump and an evening peak. */
const HOURLY = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.35, 0.5, 0.6, 0.65, 0.7, 0.8, 0.75, 0.65, 0.6, 0.6, 0.65, 0.75,
  0.9, 1, 0.95, 0.75, 0.45,
] as const;
/** Relative traffic by day of the week, Sunday first. */
const WEEKLY = [1.1, 1.15, 1, 1, 0.95, 0.85, 0.95] as const;

/**
 * Yields a store's interactions lazily and in time order: views, clicks, add-to-carts and purchases (with
 * order ids, quantities and values) of registered shoppers with tastes (favourite categories, a preferred brand
 * family) and of anonymous sessions with few events. Orders combine a product with complementary products, and
 * a product with its usual partner far more often than chance; substitutes of one category are viewed together
 * and rarely bought together. Demand follows each category's season, new arrivals sell from their launch, a few
 * products trend in the last week, and popularity has a long tail.
 *
 * Memory stays bounded: the history is simulated slice by slice (about 50,000 events each) into typed arrays,
 * and per-shopper state is one Int32Array. Only the yielded objects are allocated per interaction.
 */
export function generateInteractions(
  catalog: readonly Product[],
  options: InteractionOptions,
): Generator<Interaction, void, undefined> {
  const where = 'generateInteractions';
  if (!Array.isArray(catalog) || catalog.length === 0) {
    throw new EngineInputError(`${where}: the catalog must be a non-empty array of products`);
  }
  const seed = checkOption(where, 'seed', options.seed, { integer: true, min: -(2 ** 31), max: 2 ** 32 - 1 });
  const shoppers = checkOption(where, 'shoppers', options.shoppers, {
    integer: true,
    min: 1,
    max: 50_000_000,
  });
  const target = checkOption(where, 'interactions', options.interactions, { integer: true, min: 0 });
  const days = checkOption(where, 'days', options.days ?? 120, { min: 1 / 24, max: 36_500 });
  const now = Math.floor(checkOption(where, 'now', options.now ?? SYNTHETIC_NOW, { min: 0 }));
  for (const [index, product] of catalog.entries()) {
    if (typeof product?.id !== 'string' || product.id === '') {
      throw new EngineInputError(`${where}: catalog[${index}] has no string id`);
    }
  }
  return simulate(catalog, { seed, shoppers, target, days, now });
}

interface Settings {
  seed: number;
  shoppers: number;
  target: number;
  days: number;
  now: number;
}

function* simulate(catalog: readonly Product[], settings: Settings): Generator<Interaction, void, undefined> {
  const { seed, target, now } = settings;
  const historyStart = now - Math.round(settings.days * DAY_MS);
  const span = now - historyStart;
  const random = createRandom(mixHash(seed, 0x1a7e7));
  const sim = buildSimulationCatalog(catalog, random, historyStart, now);
  const session = createSessionSimulator(sim, random, settings);

  const sliceCount = Math.max(Math.ceil(settings.days), Math.ceil(target / EVENTS_PER_SLICE), 1);
  const sliceStarts = new Float64Array(sliceCount + 1);
  for (let s = 0; s <= sliceCount; s++) sliceStarts[s] = historyStart + Math.floor((s * span) / sliceCount);
  const cumulative = cumulativeTraffic(sliceStarts, historyStart, span);
  const total = cumulative[sliceCount] as number;

  let buffer = new EventBuffer();
  let spare = new EventBuffer();
  let keys = new Float64Array(1024);
  for (let s = 0; s < sliceCount && target > 0; s++) {
    const start = sliceStarts[s] as number;
    const end = sliceStarts[s + 1] as number;
    const last = s === sliceCount - 1;
    const wanted = last ? target : Math.round((target * (cumulative[s + 1] as number)) / total);
    session.beginSlice(start, end);
    while (session.generated < wanted) session.run(buffer);

    if (buffer.length >= INDEX_BITS)
      throw new Error('generateInteractions: a slice of the history is too large to sort');
    if (keys.length < buffer.length) keys = new Float64Array(buffer.length * 2);
    for (let i = 0; i < buffer.length; i++) keys[i] = ((buffer.time[i] as number) - start) * INDEX_BITS + i;
    const sorted = keys.subarray(0, buffer.length).sort();
    spare.length = 0;
    for (const key of sorted) {
      const i = key % INDEX_BITS;
      const time = buffer.time[i] as number;
      if (time < end) yield buffer.toInteraction(i, catalog);
      else if (!last) spare.copyFrom(buffer, i);
    }
    [buffer, spare] = [spare, buffer];
  }
}

/** Share of the history's traffic before each slice start (hour-of-day, day-of-week and slow growth). */
function cumulativeTraffic(sliceStarts: Float64Array, historyStart: number, span: number): Float64Array {
  const slices = sliceStarts.length - 1;
  const cumulative = new Float64Array(slices + 1);
  const probes = 12;
  for (let s = 0; s < slices; s++) {
    const start = sliceStarts[s] as number;
    const length = (sliceStarts[s + 1] as number) - start;
    let sum = 0;
    for (let k = 0; k < probes; k++)
      sum += traffic(start + ((k + 0.5) * length) / probes, historyStart, span);
    cumulative[s + 1] = (cumulative[s] as number) + (sum / probes) * length;
  }
  return cumulative;
}

function traffic(time: number, historyStart: number, span: number): number {
  const date = new Date(time);
  const growth = 1 + (0.3 * (time - historyStart)) / span;
  return (HOURLY[date.getUTCHours()] as number) * (WEEKLY[date.getUTCDay()] as number) * growth;
}

/** Growable columns of simulated events; `time` in ms, `shopper` >= 0 registered, < 0 anonymous. */
class EventBuffer {
  length = 0;
  time = new Float64Array(4096);
  shopper = new Int32Array(4096);
  product = new Int32Array(4096);
  kind = new Uint8Array(4096);
  quantity = new Uint8Array(4096);
  order = new Int32Array(4096);
  value = new Float64Array(4096);

  push(
    time: number,
    shopper: number,
    product: number,
    kind: number,
    quantity: number,
    order: number,
    value: number,
  ) {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.time[i] = time;
    this.shopper[i] = shopper;
    this.product[i] = product;
    this.kind[i] = kind;
    this.quantity[i] = quantity;
    this.order[i] = order;
    this.value[i] = value;
  }

  copyFrom(other: EventBuffer, i: number): void {
    this.push(
      other.time[i] as number,
      other.shopper[i] as number,
      other.product[i] as number,
      other.kind[i] as number,
      other.quantity[i] as number,
      other.order[i] as number,
      other.value[i] as number,
    );
  }

  toInteraction(i: number, catalog: readonly Product[]): Interaction {
    const code = this.shopper[i] as number;
    const userId = code >= 0 ? `u${code + 1}` : `s${-code}`;
    const productId = (catalog[this.product[i] as number] as Product).id;
    const timestamp = this.time[i] as number;
    const kind = this.kind[i] as number;
    if (kind === PURCHASE) {
      return {
        userId,
        productId,
        type: 'purchase',
        timestamp,
        quantity: this.quantity[i] as number,
        value: this.value[i] as number,
        orderId: `o${this.order[i] as number}`,
      };
    }
    if (kind === ADD_TO_CART) {
      return { userId, productId, type: 'add_to_cart', timestamp, quantity: this.quantity[i] as number };
    }
    return { userId, productId, type: TYPES[kind] as InteractionType, timestamp };
  }

  private grow(): void {
    const size = this.time.length * 2;
    const grown = <T extends Float64Array | Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.time = grown(this.time, (n) => new Float64Array(n));
    this.shopper = grown(this.shopper, (n) => new Int32Array(n));
    this.product = grown(this.product, (n) => new Int32Array(n));
    this.kind = grown(this.kind, (n) => new Uint8Array(n));
    this.quantity = grown(this.quantity, (n) => new Uint8Array(n));
    this.order = grown(this.order, (n) => new Int32Array(n));
    this.value = grown(this.value, (n) => new Float64Array(n));
  }
}

interface SessionSimulator {
  /** Events written so far, over all slices. */
  readonly generated: number;
  beginSlice(start: number, end: number): void;
  /** Simulates one session starting inside the current slice and writes its events. */
  run(buffer: EventBuffer): void;
}

function createSessionSimulator(
  sim: SimulationCatalog,
  random: Random,
  settings: Settings,
): SessionSimulator {
  const { seed, shoppers, now } = settings;
  const { groups, productGroup, rank, launch, available, brandClass, partners, price } = sim;
  const groupOf = (p: number) => groups[productGroup[p] as number] as SimulationGroup;
  const lastPurchase = new Int32Array(shoppers).fill(-1);
  const staples = new Int32Array(shoppers * STAPLES).fill(-1);
  /** When each staple was last bought, in hours since the epoch (fits a Float32 to the hour for millennia). */
  const stapleAt = new Float32Array(shoppers * STAPLES);
  const intervalOf = (p: number) =>
    (MIN_INTERVAL_DAYS + (mixHash(seed ^ 0x1d7e, p) % INTERVAL_SPREAD_DAYS)) * DAY_MS;
  /** The shopper's staple most overdue, if one is due. */
  const dueStaple = (code: number): number => {
    let best = -1;
    let bestRatio = 1;
    for (let slot = code * STAPLES; slot < (code + 1) * STAPLES; slot++) {
      const p = staples[slot] as number;
      if (p < 0) continue;
      const ratio = (time - (stapleAt[slot] as number) * HOUR_MS) / intervalOf(p);
      if (ratio >= bestRatio) {
        best = p;
        bestRatio = ratio;
      }
    }
    return best;
  };
  const rememberStaple = (code: number, p: number) => {
    let slot = code * STAPLES;
    for (let s = code * STAPLES; s < (code + 1) * STAPLES; s++) {
      if (staples[s] === p) {
        slot = s;
        break;
      }
      if ((stapleAt[s] as number) < (stapleAt[slot] as number)) slot = s;
    }
    staples[slot] = p;
    stapleAt[slot] = Math.floor(time / HOUR_MS);
  };
  const viewed = new Int32Array(16);
  const cart = new Int32Array(MAX_BASKET);
  const cartQuantity = new Uint8Array(MAX_BASKET);
  const baseWeights = Float64Array.from(groups, (group) => group.weight * Math.sqrt(group.products.length));
  const staticGroups = createAliasSampler(baseWeights);
  const season = new Float64Array(groups.length);
  let seasonalGroups: AliasSampler = staticGroups;
  const scramble = scrambler(shoppers, seed);
  const stockoutFrom = now - STOCKOUT_DAYS * DAY_MS;
  const trendingFrom = now - TRENDING_DAYS * DAY_MS;
  let sliceStart = 0;
  let sliceLength = 0;
  let generated = 0;
  let orders = 0;
  let anonymous = 0;
  let time = 0;
  let shopper = 0;

  const emit = (buffer: EventBuffer, product: number, kind: number, quantity = 0, order = -1, value = 0) => {
    buffer.push(time, shopper, product, kind, quantity, order, value);
    generated++;
  };
  const wait = (minSeconds: number, maxSeconds: number) => {
    time += Math.floor((minSeconds + random.next() * (maxSeconds - minSeconds)) * 1000);
  };
  const sellable = (p: number) =>
    (launch[p] as number) <= time && (available[p] === 1 || time < stockoutFrom);

  /** A popular-first product of a group, launched by now, leaning to the shopper's brand family. */
  const pickInGroup = (g: number, preferredClass: number): number => {
    const group = groups[g];
    if (group === undefined) return -1;
    for (let attempt = 0; attempt < 4; attempt++) {
      const p = group.products[group.sampler.sample(random.next())] as number;
      if ((launch[p] as number) > time) continue;
      if (attempt < 2 && preferredClass >= 0 && brandClass[p] !== preferredClass && random.next() < 0.4)
        continue;
      return p;
    }
    const top = group.products[0] as number;
    return (launch[top] as number) <= time ? top : -1;
  };

  const favouriteGroup = (code: number): number => {
    const k = random.next();
    const pick = (slot: number) => staticGroups.sample(mixHash(mixHash(seed, slot), code) / 4294967296);
    const a = pick(1);
    const b = pick(2);
    const c = pick(3);
    // Favourites still follow the season: a winter-clothes fan buys less of them in June.
    const wa = 1 * (season[a] as number);
    const wb = 0.6 * (season[b] as number);
    const wc = 0.35 * (season[c] as number);
    const u = k * (wa + wb + wc);
    return u < wa ? a : u < wa + wb ? b : c;
  };

  const newArrival = (): number => {
    const lo = lowerBound(sim.launchSorted, time - NEW_ARRIVAL_NOVELTY_DAYS * DAY_MS);
    const hi = lowerBound(sim.launchSorted, time + 1);
    return hi > lo ? (sim.launchOrder[lo + random.int(hi - lo)] as number) : -1;
  };

  const complementOf = (p: number, preferredClass: number): number => {
    const complements = groupOf(p).complements;
    if (complements.length === 0) return -1;
    const k = random.int(complements.length);
    const partner = partners[p * MAX_COMPLEMENTS + k] as number;
    if (partner >= 0 && random.next() < PARTNER_SHARE && (launch[partner] as number) <= time) return partner;
    return pickInGroup(complements[k] as number, preferredClass);
  };

  const quantityOf = (p: number): number => {
    const max = groupOf(p).maxQuantity;
    if (max > 1) return 1 + random.int(max);
    return random.next() < 0.04 ? 2 : 1;
  };

  return {
    get generated() {
      return generated;
    },

    beginSlice(start, end) {
      sliceStart = start;
      sliceLength = end - start;
      const dayOfYear = (start + sliceLength / 2 - Date.UTC(new Date(start).getUTCFullYear(), 0, 1)) / DAY_MS;
      const weights = new Float64Array(groups.length);
      groups.forEach((group, g) => {
        const phase = (2 * Math.PI * (dayOfYear - group.peakDay)) / 365.25;
        season[g] = Math.max(0.05, 1 + group.seasonality * Math.cos(phase));
        weights[g] = (baseWeights[g] as number) * (season[g] as number);
      });
      seasonalGroups = createAliasSampler(weights);
    },

    run(buffer) {
      do time = sliceStart + Math.floor(random.next() * sliceLength);
      while (random.next() >= (HOURLY[new Date(time).getUTCHours()] as number));

      const registered = random.next() < REGISTERED_SHARE;
      let code = -1;
      if (registered) {
        code = scramble(Math.floor(shoppers * random.next() ** ACTIVITY_SKEW));
        shopper = code;
      } else {
        shopper = -++anonymous;
      }
      const preferredClass = registered ? mixHash(seed ^ 0x51ed, code) & 3 : -1;
      const previous = registered ? (lastPurchase[code] as number) : -1;

      let entry = -1;
      let repurchase = false;
      const roll = random.next();
      const trendShare =
        time >= trendingFrom ? TRENDING_SESSION_SHARE * Math.min(1, (time - trendingFrom) / (4 * DAY_MS)) : 0;
      const due = registered ? dueStaple(code) : -1;
      // Out of season a staple waits: fuel canisters are bought again in summer, not in February.
      const inSeason = due >= 0 ? Math.min(1, season[productGroup[due] as number] as number) : 0;
      if (due >= 0 && sellable(due) && random.next() < REPLENISH_SHARE * inSeason) {
        entry = due;
        repurchase = true;
      } else if (roll < FOLLOW_UP_SHARE) {
        if (previous >= 0 && groupOf(previous).maxQuantity > 1 && random.next() < 0.5) {
          // More of the same soon after (the size did not fit, a second one for a friend).
          entry = previous;
          repurchase = true;
        } else if (previous >= 0) {
          entry = complementOf(previous, preferredClass);
        }
      } else if (roll < FOLLOW_UP_SHARE + trendShare) {
        if (sim.trending.length > 0) entry = sim.trending[random.int(sim.trending.length)] as number;
      } else if (roll < FOLLOW_UP_SHARE + trendShare + NEW_ARRIVAL_SESSION_SHARE) {
        entry = newArrival();
      }
      if (entry < 0) {
        const g =
          registered && random.next() < FAVOURITE_SHARE
            ? favouriteGroup(code)
            : seasonalGroups.sample(random.next());
        entry = pickInGroup(g, preferredClass);
      }
      if (entry < 0) {
        // Nothing of that category was on sale yet; count the attempt so a tiny catalog cannot stall.
        generated++;
        return;
      }
      const g = productGroup[entry] as number;
      const complements = groupOf(entry).complements;

      // Browsing: mostly substitutes of the entry product, now and then a complement.
      const views = repurchase
        ? 1
        : registered
          ? Math.min(viewed.length, 1 + geometric(random, 0.3))
          : Math.min(5, 1 + geometric(random, 0.6));
      let viewCount = 0;
      for (let v = 0; v < views; v++) {
        let p = entry;
        if (v > 0) {
          wait(15, 180);
          p =
            complements.length > 0 && random.next() < 0.2
              ? complementOf(entry, preferredClass)
              : pickInGroup(g, preferredClass);
          if (p < 0) continue;
        }
        viewed[viewCount++] = p;
        emit(buffer, p, VIEW);
        if (random.next() < 0.3) {
          wait(5, 40);
          emit(buffer, p, CLICK);
        }
      }

      if (random.next() >= (repurchase ? 0.85 : registered ? CART_SHARE_REGISTERED : CART_SHARE_ANONYMOUS))
        return;
      // The shopper settles on one of the substitutes: the most popular viewed one half of the time.
      let chosen = -1;
      if (random.next() < 0.5) {
        let bestRank = Infinity;
        for (let v = 0; v < viewCount; v++) {
          const p = viewed[v] as number;
          if (productGroup[p] !== g || !sellable(p)) continue;
          if ((rank[p] as number) < bestRank) {
            bestRank = rank[p] as number;
            chosen = p;
          }
        }
      } else {
        const p = viewed[random.int(viewCount)] as number;
        if (sellable(p)) chosen = p;
      }
      if (chosen < 0) return;
      let basket = 0;
      wait(10, 90);
      cart[basket] = chosen;
      cartQuantity[basket] = quantityOf(chosen);
      emit(buffer, chosen, ADD_TO_CART, cartQuantity[basket]);
      basket++;

      const chosenComplements = groupOf(chosen).complements;
      for (let k = 0; k < chosenComplements.length && basket < MAX_BASKET - 1; k++) {
        if (random.next() >= (COMPLEMENT_SHARE[k] ?? 0)) continue;
        const partner = partners[chosen * MAX_COMPLEMENTS + k] as number;
        const p =
          partner >= 0 && random.next() < PARTNER_SHARE
            ? partner
            : pickInGroup(chosenComplements[k] as number, preferredClass);
        if (p < 0 || !sellable(p) || includes(cart, basket, p)) continue;
        wait(20, 150);
        emit(buffer, p, VIEW);
        wait(10, 60);
        cart[basket] = p;
        cartQuantity[basket] = quantityOf(p);
        emit(buffer, p, ADD_TO_CART, cartQuantity[basket]);
        basket++;
      }
      if (registered && random.next() < IMPULSE_SHARE) {
        const p = pickInGroup(favouriteGroup(code), preferredClass);
        if (p >= 0 && sellable(p) && !includes(cart, basket, p)) {
          wait(30, 300);
          emit(buffer, p, VIEW);
          wait(10, 60);
          cart[basket] = p;
          cartQuantity[basket] = quantityOf(p);
          emit(buffer, p, ADD_TO_CART, cartQuantity[basket]);
          basket++;
        }
      }

      if (random.next() >= CHECKOUT_SHARE) return;
      wait(60, 600);
      const order = ++orders;
      for (let k = 0; k < basket; k++) {
        if (k > 0 && random.next() < 0.08) continue;
        const p = cart[k] as number;
        const quantity = cartQuantity[k] as number;
        emit(buffer, p, PURCHASE, quantity, order, Math.round((price[p] as number) * quantity * 100) / 100);
        if (registered && groupOf(p).maxQuantity > 1) rememberStaple(code, p);
      }
      if (registered) lastPurchase[code] = chosen;
    },
  };
}

function geometric(random: Random, stop: number): number {
  let n = 0;
  while (random.next() >= stop && n < 64) n++;
  return n;
}

function includes(values: Int32Array, length: number, value: number): boolean {
  for (let i = 0; i < length; i++) if (values[i] === value) return true;
  return false;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A bijection of [0, n) so that the most active shoppers are spread over the id range. */
function scrambler(n: number, seed: number): (index: number) => number {
  let multiplier = Math.max(1, Math.floor(n * 0.6180339887)) | 1;
  while (gcd(multiplier, n) !== 1) multiplier++;
  const offset = mixHash(seed, 0x5c4a) % n;
  return (index) => (index * multiplier + offset) % n;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
