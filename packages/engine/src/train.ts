import type { ListDescriptor } from './lists/ListDescriptor.js';
import { LISTS } from './lists/listRegistry.js';
import { buildCatalogIndex } from './catalog/buildCatalogIndex.js';
import { resolveConfig } from './config/resolveConfig.js';
import { buildContentNeighbors } from './content/buildContentNeighbors.js';
import { collectInteractions, consumedFlag, PURCHASE } from './model/collectInteractions.js';
import { createCounters } from './model/createCounters.js';
import { createLiveEvents } from './model/createLiveEvents.js';
import { DAY_MS, MODEL_FORMAT } from './model/Model.js';
import type { Model } from './model/Model.js';
import type { InteractionColumns } from './model/InteractionColumns.js';
import { countEvent } from './model/countEvent.js';
import { buildRecentEvents } from './model/buildRecentEvents.js';
import { buildGroups } from './sparse/buildGroups.js';
import { capGroups } from './sparse/capGroups.js';
import { itemToItemTopK } from './sparse/itemToItemTopK.js';
import { denseRidgeNeighbors } from './sparse/denseRidgeNeighbors.js';
import { regressorsFor, ridgeNeighborsTopK } from './sparse/ridgeNeighborsTopK.js';
import { climbLambda } from './sparse/climbLambda.js';
import { createDenseLeaveOneOut } from './sparse/createDenseLeaveOneOut.js';
import { blendWithContent } from './sparse/blendWithContent.js';
import type { GroupMatrix } from './sparse/GroupMatrix.js';
import { INTERACTION_TYPES } from './types.js';
import type { EngineConfig, EngineConfigInput, Interaction, Product } from './types.js';

/** Neighbours kept per product for "similar": enough to fill a list after filters. */
const CONTENT_NEIGHBORS = 50;

/**
 * Trains a model from the catalog and the interactions. Without a catalog, products are the ids the
 * interactions name (title = id); with one, interactions on unknown products are skipped and counted.
 */
export function train(
  catalog: Iterable<Product> | undefined,
  interactions: Iterable<Interaction>,
  configInput: EngineConfigInput = {},
): Model {
  const config = resolveConfig(configInput);
  const products = catalog ? [...catalog] : [];
  let catalogIndex = buildCatalogIndex(products);
  const productIndex = new Map<string, number>();
  catalogIndex.ids.forEach((id, index) => productIndex.set(id, index));
  const userIndex = new Map<string, number>();
  const { columns, skipped, orderCount } = collectInteractions(
    interactions,
    config,
    productIndex,
    catalog === undefined,
    userIndex,
  );
  if (catalog === undefined) catalogIndex = buildCatalogIndex([], productIndex.keys());
  const descriptionById = new Map(products.map((product) => [product.id, product.description]));
  const itemCount = catalogIndex.ids.length;
  const userCount = userIndex.size;
  const { count, items, types, weights, times } = columns;

  // The model's clock is its newest event, so that a historical log is served as of its own end;
  // a shop with no events yet lives in the present.
  const trainedAt = Date.now();
  let clock = count > 0 ? -Infinity : trainedAt;
  for (let e = 0; e < count; e++) if (times[e]! > clock) clock = times[e]!;
  const history = groupByShopper(columns, userCount, itemCount, clock, decayRatesOfTypes(config));
  // The graph counts who engaged with what, not how much or when: measured on MovieLens, weighting it by
  // rating or by time lowers accuracy (item relations drift slowly); the shopper's profile is what decays.
  // A shopper links only their heaviest products: a long history's weaker ones add noise and most of the
  // pair work (see DESIGN.md).
  const linked = capGroups(history.groups, config.graphItemsPerShopper);
  const presence = { ...linked, weights: new Float32Array(linked.weights.length).fill(1) };
  // Orders decay only if the shop asks: what goes with what drifts slowly, and old orders are evidence
  // (DESIGN.md, "Co-purchases do not decay").
  const baskets = groupByOrder(columns, orderCount, itemCount, clock, config.coPurchaseHalfLifeDays * DAY_MS);
  const coPurchase = itemToItemTopK(baskets.groups, itemCount, {
    measure: 'rp3beta',
    k: config.neighbors,
    popularityPenalty: 0,
    minSupport: config.minSupport,
  });
  // Few products with evidence get exact EASE with whole signed rows (DESIGN.md, "Dense where it fits").
  const maxItems = config.ridge.denseMaxProducts;
  // The local form's rows keep as many targets as its columns have regressors (at least `neighbors`): a basket
  // or a profile sums whole rows, and a row cut shorter than the columns loses what they learned (DESIGN.md,
  // "Rows as long as the columns").
  const rowLength = Math.max(config.neighbors, regressorsFor(itemCount, config.ridge.regressors));
  const coPurchaseShape = {
    regressors: config.ridge.regressors,
    k: rowLength,
    groupSizePower: config.ridge.groupSizePower,
    dropout: config.ridge.coPurchaseDropout,
    minSupport: config.minSupport,
    maxItems,
  };
  // Where the dense form applies, λ is chosen from the shop's own orders, each left out in turn: long orders
  // want more shrinkage than short ones (DESIGN.md, "λ from the shop's own orders").
  const leaveOneOut = config.ridge.chooseCoPurchaseLambda
    ? createDenseLeaveOneOut(baskets.groups, itemCount, coPurchaseShape)
    : null;
  const coPurchaseLambda = leaveOneOut
    ? climbLambda(leaveOneOut.hitRate, config.ridge.coPurchaseLambda).lambda
    : config.ridge.coPurchaseLambda;
  const coPurchaseOptions = { ...coPurchaseShape, lambda: coPurchaseLambda };
  const solved = leaveOneOut?.best();
  const coPurchaseLearned =
    denseRidgeNeighbors(
      baskets.groups,
      itemCount,
      coPurchaseOptions,
      // The climb's best system when it is the chosen λ's; otherwise solved here.
      solved?.lambda === coPurchaseLambda ? solved.system : undefined,
    ) ??
    // Signed rows, as the dense form's: a basket sums its lines' rows, the negative weights too (DESIGN.md,
    // "Signed rows for baskets").
    ridgeNeighborsTopK(baskets.groups, itemCount, { ...coPurchaseOptions, negatives: rowLength });

  const content = buildContentNeighbors(
    catalogIndex,
    catalogIndex.ids.map((id) => descriptionById.get(id)),
    Math.min(CONTENT_NEIGHBORS, config.neighbors),
  );
  // Above ridge.maxProducts (100,000: the largest catalog measured to train in time) the walk (DESIGN.md).
  const behaviourOptions = {
    regressors: config.ridge.regressors,
    k: rowLength,
    lambda: config.ridge.behaviourLambda,
    groupSizePower: config.ridge.groupSizePower,
    dropout: config.ridge.behaviourDropout,
    minSupport: 1,
    maxItems,
    // Past maxItems, exact rows one at a time while the shoppers are few (DESIGN.md, "Dense where it fits").
    stream: true,
  };
  const learned = config.similarity === 'ridge' && itemCount <= config.ridge.maxProducts;
  const denseBehaviour = learned ? denseRidgeNeighbors(presence, itemCount, behaviourOptions) : null;
  const learnedBehaviour =
    denseBehaviour ??
    (learned
      ? // Signed, as the dense rows are: a profile sums them, and with columns of 200 regressors the negative
        // weights carry (DESIGN.md, "Rows as long as the columns"); thin products' rows completed from their own
        // columns (DESIGN.md, "Thin rows from their own columns").
        ridgeNeighborsTopK(presence, itemCount, {
          ...behaviourOptions,
          negatives: rowLength,
          completeRows: true,
        })
      : itemToItemTopK(presence, itemCount, {
          measure: config.similarity === 'ridge' ? 'rp3beta' : config.similarity,
          k: config.neighbors,
          popularityPenalty: config.popularityPenalty,
          minSupport: 1,
        }));
  // Products with little behaviour lean on their text (see DESIGN.md, "Thin evidence").
  const { neighbors: behaviour, fromContent: behaviourFromContent } = blendWithContent(
    learnedBehaviour,
    content,
    shoppersPerItem(history.groups, itemCount),
    config.contentShrinkage,
    // Dense rows stay whole: their many small and negative weights are what they add.
    denseBehaviour ? itemCount : learned ? 2 * rowLength : config.neighbors,
  );

  const newest = Uint32Array.from(
    [...catalogIndex.launchedAt.keys()]
      .filter((item) => Number.isFinite(catalogIndex.launchedAt[item]))
      .sort((a, b) => catalogIndex.launchedAt[b]! - catalogIndex.launchedAt[a]! || a - b),
  );
  const { windows } = config;
  const counterDays =
    Math.max(windows.bestSellingDays, windows.trendingDays + windows.trendingBaselineDays) + 1;

  const model: Model = {
    format: MODEL_FORMAT,
    config,
    trainedAt,
    trainedClock: clock,
    clock,
    stats: {
      interactions: count,
      skipped,
      users: userCount,
      orders: orderCount,
      updates: 0,
      coPurchaseLambda,
    },
    catalog: catalogIndex,
    userIds: [...userIndex.keys()],
    history: history.groups,
    historyConsumed: history.flags,
    behaviour,
    behaviourFromContent,
    coPurchase,
    coPurchaseLearned,
    content,
    newest,
    counters: createCounters(itemCount, counterDays),
    recent: buildRecentEvents(columns, userCount, config.recentlyViewedSize),
    live: createLiveEvents(userCount),
    lists: {},
  };
  for (const list of LISTS as readonly ListDescriptor[]) {
    if (list.train) model.lists[list.name] = list.train({ columns, userCount, itemCount, clock, config });
  }
  // Counters take the log in any order: start the ring at the clock's day, older events than it holds are dropped.
  model.counters.lastDay = Math.floor(clock / DAY_MS);
  const sold = config.bestSellingBy === 'revenue' ? columns.values : columns.quantities;
  for (let e = 0; e < count; e++) {
    const day = Math.floor(times[e]! / DAY_MS);
    countEvent(model.counters, items[e]!, day, types[e] === PURCHASE ? sold[e]! : 0, weights[e]!);
  }
  return model;
}

/** Decay per millisecond of age: 2^(-age / halfLife) = exp(-age · rate); 0 turns decay off. */
function decayRate(halfLife: number): number {
  return halfLife > 0 ? Math.LN2 / halfLife : 0;
}

/** Decay per millisecond by event type: ratings by `ratingHalfLifeDays`, the others by `halfLifeDays`. */
function decayRatesOfTypes(config: EngineConfig): Float64Array {
  return Float64Array.from(INTERACTION_TYPES, (type) =>
    decayRate((type === 'rating' ? config.ratingHalfLifeDays : config.halfLifeDays) * DAY_MS),
  );
}

/** Flags of a shopper-product pair by event type (bought, rated), as an array for buildGroups. */
const CONSUMED_FLAG_OF_TYPE = INTERACTION_TYPES.map((_, type) => consumedFlag(type));

/**
 * Each shopper's products, weighted by their events decayed to the clock, with bought and rated flags. The
 * decay is computed per event as it is grouped, not into a column: on the large store a column is 80 MB more
 * at the peak of training.
 */
function groupByShopper(
  columns: InteractionColumns,
  userCount: number,
  itemCount: number,
  clock: number,
  decayRateOfType: Float64Array,
): ReturnType<typeof buildGroups> {
  const { count, users, items, types, weights, times } = columns;
  return buildGroups(count, users, userCount, items, itemCount, {
    weights,
    times,
    clock,
    decayRateOfType,
    types,
    flagOfType: CONSUMED_FLAG_OF_TYPE,
  });
}

/** Each order's products, each line weighing its decay (one line, one unit of evidence). */
function groupByOrder(
  columns: InteractionColumns,
  orderCount: number,
  itemCount: number,
  clock: number,
  halfLife: number,
): ReturnType<typeof buildGroups> {
  const { count, items, times, orders } = columns;
  return buildGroups(count, orders, orderCount, items, itemCount, {
    times,
    clock,
    decayRate: decayRate(halfLife),
    // An order has a product or not: two lines of it (two sizes, a line added later) link it no more.
    combine: 'max',
  });
}

/** How many shoppers touched each product. */
function shoppersPerItem(history: GroupMatrix, itemCount: number): Uint32Array {
  const count = new Uint32Array(itemCount);
  for (let x = 0; x < history.items.length; x++) count[history.items[x]!]!++;
  return count;
}
