import { deserializeModel, recommend, serializeModel, train, updateModel } from '../index.js';
import { createRandom, generateInteractions, generateStore } from '../synthetic/index.js';
import { groupThousands } from '../cli/groupThousands.js';
import { LIST_NAMES } from '../lists/listRegistry.js';
import type { ListName } from '../types.js';
import type { BenchStore } from './benchStores.js';
import { buildRequests } from './buildRequests.js';
import { measureLatency, type LatencySummary } from './measureLatency.js';
import { measureMs } from './measureMs.js';

export interface SyntheticResult {
  label: string;
  products: number;
  shoppers: number;
  interactions: number;
  catalogMs: number;
  /** Drawing every interaction from the generator, without training. */
  generateMs: number;
  /** `train` fed by the generator: generation plus training. */
  trainWithGenerationMs: number;
  /** `trainWithGenerationMs - generateMs`. */
  trainMs: number;
  /** The same difference in CPU time of the process (steadier when other work shares the machine). */
  trainCpuMs: number;
  /** Peak resident memory (bytes) after generation alone, after training, and at the end. */
  maxRssGenerated: number;
  maxRssTrained: number;
  maxRssEnd: number;
  /** JavaScript heap plus array buffers in use after training (the model lives mostly in typed arrays). */
  liveBytesTrained: number;
  modelBytes: number;
  serializeMs: number;
  deserializeMs: number;
  /** The first request served by a freshly deserialized model (index rebuilds included). */
  firstRequestMs: number;
  /** Empty when the store was not measured serving. */
  /** Per list, plus frequently-bought-together for wholesale baskets of 1,000 lines. */
  latency: { list: ListName | typeof LONG_BASKET; summary: LatencySummary }[];
  update?: { events: number; used: number; ms: number };
}

const REQUESTS_PER_LIST = 2_000;
/** The latency row of frequently-bought-together for a basket of 1,000 lines. */
export const LONG_BASKET = 'frequently-bought-together, 1,000 lines';
const LONG_BASKET_LINES = 1_000;
const WARM_UP_PER_LIST = 200;
const RESERVOIR = 20_000;
const SEED = 1;

/** Measures one synthetic store; meant to run alone in its own process. */
export function runSyntheticSize(target: BenchStore, log: (line: string) => void): SyntheticResult {
  const name = `synthetic ${target.label}`;
  const peakRss = () => process.resourceUsage().maxRSS * 1024;
  log(`${name}: catalog`);
  const { products, shoppers, interactions } = target;
  const built = measureMs(() => generateStore({ seed: SEED, products, shoppers, interactions }));
  const store = built.result;

  log(`${name}: generating ${groupThousands(interactions)} interactions`);
  const random = createRandom(SEED);
  const productSample: string[] = [];
  const userSample: string[] = [];
  const generated = measureMs(() => {
    let count = 0;
    for (const interaction of store.interactions()) {
      count++;
      // Reservoir sampling keeps ids in proportion to their traffic without keeping the traffic.
      if (count <= RESERVOIR) {
        productSample.push(interaction.productId);
        userSample.push(interaction.userId);
      } else {
        const slot = random.int(count);
        if (slot < RESERVOIR) {
          productSample[slot] = interaction.productId;
          userSample[slot] = interaction.userId;
        }
      }
    }
    return count;
  });
  const maxRssGenerated = peakRss();

  log(`${name}: training`);
  const trained = measureMs(() => train(store.catalog, store.interactions()));
  const model = trained.result;
  const maxRssTrained = peakRss();
  const memory = process.memoryUsage();
  const liveBytesTrained = memory.heapUsed + memory.arrayBuffers;

  log(`${name}: serializing`);
  const serialized = measureMs(() => serializeModel(model));
  const result: SyntheticResult = {
    label: target.label,
    products,
    shoppers,
    interactions: generated.result,
    catalogMs: built.ms,
    generateMs: generated.ms,
    trainWithGenerationMs: trained.ms,
    trainMs: Math.max(0, trained.ms - generated.ms),
    trainCpuMs: Math.max(0, trained.cpuMs - generated.cpuMs),
    maxRssGenerated,
    maxRssTrained,
    maxRssEnd: maxRssTrained,
    liveBytesTrained,
    modelBytes: serialized.result.byteLength,
    serializeMs: serialized.ms,
    deserializeMs: Number.NaN,
    firstRequestMs: Number.NaN,
    latency: [],
  };
  if (!target.serve) return result;

  const loaded = measureMs(() => deserializeModel(serialized.result));
  const first = measureMs(() =>
    recommend(loaded.result, { list: 'people-also-like', productId: productSample[0] ?? '', limit: 10 }),
  );
  result.deserializeMs = loaded.ms;
  result.firstRequestMs = first.ms;

  log(`${name}: serving ${REQUESTS_PER_LIST} requests per list`);
  const sample = { products: productSample, users: userSample };
  result.latency = LIST_NAMES.map((list) => ({
    list,
    summary: measureLatency(
      model,
      buildRequests(list, WARM_UP_PER_LIST, sample, store.catalog, random),
      buildRequests(list, REQUESTS_PER_LIST, sample, store.catalog, random),
    ),
  }));
  const longBaskets = (count: number) =>
    Array.from({ length: count }, () => ({
      list: 'frequently-bought-together' as const,
      limit: 10,
      basket: Array.from(
        { length: LONG_BASKET_LINES },
        () => productSample[random.int(productSample.length)]!,
      ),
    }));
  result.latency.push({
    list: LONG_BASKET,
    summary: measureLatency(model, longBaskets(20), longBaskets(200)),
  });

  log(`${name}: incremental updates`);
  const fresh = [
    ...generateInteractions(store.catalog, {
      seed: SEED + 1,
      shoppers,
      interactions: Math.max(10_000, Math.min(200_000, Math.round(generated.result / 10))),
      days: 1,
      now: store.options.now + 86_400_000,
    }),
  ];
  const updated = measureMs(() => updateModel(model, fresh));
  result.update = { events: fresh.length, used: updated.result, ms: updated.ms };
  result.maxRssEnd = peakRss();
  return result;
}
