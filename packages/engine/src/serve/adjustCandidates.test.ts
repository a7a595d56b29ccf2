import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../lists/ListContext.js';
import { selectRuleSets } from '../rules/selectRuleSets.js';
import { train } from '../train.js';
import type { ListFilters, Product, ProductMatch, RecommendRequest, RuleSet } from '../types.js';
import { adjustCandidates } from './adjustCandidates.js';
import { createScreen } from './createScreen.js';
import type { CandidateBlock } from './gatherCandidates.js';
import { resolveContext } from './resolveContext.js';
import { resolveRules } from './resolveRules.js';

// The merchandising stages against a naive oracle written from the rules' documented meaning, on products as
// the shop describes them: random catalogs, candidate blocks, request exclusions and filters, and rule sets
// with pins, exclusions, boosts, filters, diversity and limits in any combination.

const BRANDS = ['Acme', 'Nord', 'Peak'];
const PATHS = [['Home', 'Kitchen'], ['Home', 'Garden'], ['Outdoor', 'Tents'], ['Outdoor']];
const TAGS = ['sale', 'eco'];
const COLOURS = ['red', 'blue'];
const PRODUCTS = 14;

const productArb = fc.record({
  brand: fc.constantFrom(...BRANDS),
  path: fc.constantFrom(...PATHS),
  tags: fc.subarray(TAGS),
  price: fc.integer({ min: 1, max: 100 }),
  available: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  colour: fc.constantFrom(...COLOURS),
});
const id = fc.integer({ min: 0, max: PRODUCTS + 1 }).map((n) => `p${n}`); // p14, p15: not in the catalog
const matchArb: fc.Arbitrary<ProductMatch> = fc.oneof(
  id.map((productId) => ({ productId })),
  fc.constantFrom('Home', 'Garden', 'Tents', 'outdoor').map((category) => ({ category })),
  fc.constantFrom(...BRANDS, 'nord').map((brand) => ({ brand })),
  fc.constantFrom(...TAGS).map((tag) => ({ tag })),
  fc.integer({ min: 1, max: 100 }).map((minPrice) => ({ minPrice })),
  fc.constantFrom(...COLOURS).map((value) => ({ attribute: { name: 'colour', value } })),
);
const filtersArb: fc.Arbitrary<ListFilters> = fc.record(
  {
    availableOnly: fc.boolean(),
    category: fc.constantFrom('Home', 'Outdoor', 'Kitchen'),
    brand: fc.constantFrom(...BRANDS),
    minPrice: fc.integer({ min: 1, max: 60 }),
    maxPrice: fc.integer({ min: 40, max: 100 }),
  },
  { requiredKeys: [] },
);
const ruleSetArb = (ruleSetId: string): fc.Arbitrary<RuleSet> =>
  fc.record(
    {
      id: fc.constant(ruleSetId),
      list: fc.constant('*' as const),
      pins: fc.array(fc.record({ productId: id, position: fc.integer({ min: 1, max: 14 }) }), {
        maxLength: 3,
      }),
      exclude: fc.array(matchArb, { maxLength: 2 }),
      boosts: fc.array(fc.record({ match: matchArb, factor: fc.constantFrom(0.25, 0.5, 1, 2, 4) }), {
        maxLength: 2,
      }),
      filters: filtersArb,
      limit: fc.integer({ min: 1, max: 12 }),
      diversity: fc.record(
        { maxPerBrand: fc.integer({ min: 1, max: 3 }), maxPerCategory: fc.integer({ min: 1, max: 3 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['id', 'list'] },
  );
const blockArb = fc.uniqueArray(
  fc.record({ item: fc.integer({ min: 0, max: PRODUCTS - 1 }), score: fc.integer({ min: 1, max: 9 }) }),
  { selector: (candidate) => candidate.item, maxLength: PRODUCTS },
);
const scenarioArb = fc.record({
  products: fc.array(productArb, { minLength: PRODUCTS, maxLength: PRODUCTS }),
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }),
  ruleSets: fc.tuple(ruleSetArb('a'), ruleSetArb('b'), ruleSetArb('c')).chain((sets) => fc.subarray(sets)),
  seed: fc.option(id, { nil: undefined }),
  exclude: fc.array(id, { maxLength: 3 }),
  filters: fc.option(filtersArb, { nil: undefined }),
  limit: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
});

const lower = (value: string) => value.toLowerCase();

function matches(product: Product, match: ProductMatch): boolean {
  return (
    (match.productId === undefined || product.id === match.productId) &&
    (match.category === undefined || (product.category ?? []).map(lower).includes(lower(match.category))) &&
    (match.brand === undefined || lower(product.brand ?? '') === lower(match.brand)) &&
    (match.tag === undefined || (product.tags ?? []).includes(lower(match.tag))) &&
    (match.minPrice === undefined || product.price! >= match.minPrice) &&
    (match.maxPrice === undefined || product.price! <= match.maxPrice) &&
    (match.attribute === undefined ||
      String(product.attributes?.[match.attribute.name]).toLowerCase() ===
        String(match.attribute.value).toLowerCase())
  );
}

const passes = (product: Product, filter: ListFilters): boolean =>
  matches(product, {
    category: filter.category,
    brand: filter.brand,
    minPrice: filter.minPrice,
    maxPrice: filter.maxPrice,
  });

interface Served {
  id: string;
  source: string;
}

/** The rules' meaning, written as plainly as possible. */
function oracle(
  catalog: Product[],
  blocks: { item: number; score: number }[][],
  ruleSets: RuleSet[],
  request: RecommendRequest,
): Served[] {
  const sets = [...ruleSets].sort((a, b) => (a.id < b.id ? -1 : 1));
  const last = <T>(pick: (set: RuleSet) => T | undefined) =>
    sets
      .map(pick)
      .filter((value) => value !== undefined)
      .at(-1);
  const limit = request.limit ?? last((set) => set.limit) ?? 10;
  const availableOnly = request.filters?.availableOnly ?? last((set) => set.filters?.availableOnly) ?? true;
  const blocked = (product: Product) =>
    product.id === request.productId || (request.exclude ?? []).includes(product.id);
  // What no rule may serve: an exclusion of any set, a filter of the request or of any set, or unavailability.
  const ruledOut = (product: Product) =>
    sets.some((set) => (set.exclude ?? []).some((match) => matches(product, match))) ||
    (availableOnly && product.available === false) ||
    [request.filters ?? {}, ...sets.map((set) => set.filters ?? {})].some(
      (filter) => !passes(product, filter),
    );
  const pins = sets.flatMap((set) => [...(set.pins ?? [])].sort((a, b) => a.position - b.position));
  const wanted = limit + pins.length;
  const taken = new Set<number>();
  let entries: { item: number; score: number; source: string }[] = [];
  for (const [b, block] of blocks.entries()) {
    if (b > 0 && entries.length >= wanted) break;
    const kept = [];
    for (const { item, score } of block) {
      if (taken.has(item) || blocked(catalog[item]!)) continue;
      taken.add(item);
      if (ruledOut(catalog[item]!)) continue;
      let boosted = score;
      for (const set of sets) {
        for (const boost of set.boosts ?? [])
          if (matches(catalog[item]!, boost.match)) boosted *= boost.factor;
      }
      kept.push({ item, score: boosted, source: b === 0 ? 'ai' : 'fallback' });
    }
    kept.sort((x, y) => y.score - x.score || x.item - y.item);
    entries.push(...kept);
  }
  const diversity = last((set) => set.diversity);
  if (diversity) {
    const count = new Map<string, number>();
    entries = entries.filter(({ item }) => {
      const brand = `brand ${catalog[item]!.brand}`;
      const category = `category ${catalog[item]!.category!.join('/')}`;
      if ((count.get(brand) ?? 0) >= (diversity.maxPerBrand ?? Infinity)) return false;
      if ((count.get(category) ?? 0) >= (diversity.maxPerCategory ?? Infinity)) return false;
      count.set(brand, (count.get(brand) ?? 0) + 1);
      count.set(category, (count.get(category) ?? 0) + 1);
      return true;
    });
  }
  entries = entries.slice(0, limit);
  for (const pin of pins) {
    const item = catalog.findIndex((product) => product.id === pin.productId);
    if (item < 0 || blocked(catalog[item]!) || ruledOut(catalog[item]!)) continue;
    entries = entries.filter((entry) => entry.item !== item);
    entries.splice(Math.min(pin.position - 1, entries.length), 0, { item, score: 0, source: 'pinned' });
  }
  return entries.slice(0, limit).map(({ item, source }) => ({ id: catalog[item]!.id, source }));
}

describe('adjustCandidates against the naive oracle', () => {
  it('serves what the rules mean, in any combination', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const catalog: Product[] = scenario.products.map((product, p) => ({
          id: `p${p}`,
          title: `Product ${p}`,
          brand: product.brand,
          category: product.path,
          tags: product.tags,
          price: product.price,
          available: product.available,
          attributes: { colour: product.colour },
        }));
        const model = train(catalog, []);
        const request: RecommendRequest = {
          list: 'best-selling',
          productId: scenario.seed,
          exclude: scenario.exclude,
          filters: scenario.filters,
          limit: scenario.limit,
        };
        const context = resolveContext(model, request);
        const ruleSets = selectRuleSets(scenario.ruleSets, 'best-selling', context);
        const rules = resolveRules(ruleSets, request, []);
        const screen = createScreen(context, rules, request.exclude ?? [], false);
        const blocks = scenario.blocks.map((block) =>
          block.map((candidate): Candidate => ({ ...candidate, reasons: [] })),
        );
        const next = (index: number): CandidateBlock | undefined =>
          index < blocks.length
            ? {
                candidates: blocks[index]!,
                source: index === 0 ? 'ai' : 'fallback',
                ...(index > 0 ? { fallbackList: 'new' as const } : {}),
              }
            : undefined;
        const served = adjustCandidates(context, rules, screen, next).map((entry) => ({
          id: model.catalog.ids[entry.item]!,
          source: entry.source,
        }));
        expect(served).toEqual(oracle(catalog, scenario.blocks, scenario.ruleSets, request));
      }),
      { numRuns: 400 },
    );
  });
});
