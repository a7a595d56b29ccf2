import type {
  PlacementInput,
  PlacementModule,
  PlacementSource,
  PlacementVariant,
} from '../../../../shared/contracts/placements';

export const EMPTY_PLACEMENT: PlacementInput = {
  slot: '',
  name: '',
  page: 'home',
  modules: [],
  status: 'draft',
};

const VARIANT_KEYS = ['a', 'b', 'c', 'd'];

/** A new module: best sellers in a carousel of eight, no heading of its own, always on. */
export function newModule(existing: readonly PlacementModule[]): PlacementModule {
  let number = existing.length + 1;
  while (existing.some((module) => module.key === `list-${number}`)) number += 1;
  return {
    key: `list-${number}`,
    variants: [{ key: 'a', source: { list: 'best-selling' }, heading: '', share: 100 }],
    limit: 8,
    layout: 'carousel',
    scope: null,
    startsAt: null,
    endsAt: null,
  };
}

/** A module with one more variant (a copy of the first), the shares split evenly again (the first takes the rest). */
export function withVariantAdded(module: PlacementModule): PlacementModule {
  const key = VARIANT_KEYS.find(
    (candidate) => !module.variants.some((variant) => variant.key === candidate),
  )!;
  const variants = [...module.variants, { ...module.variants[0]!, key }];
  return { ...module, variants: evenShares(variants) };
}

/** A module without one variant, the shares split evenly again. */
export function withVariantRemoved(module: PlacementModule, key: string): PlacementModule {
  return { ...module, variants: evenShares(module.variants.filter((variant) => variant.key !== key)) };
}

/** The winner of a test as the module's only variant. */
export function withOnlyVariant(module: PlacementModule, key: string): PlacementModule {
  const winner = module.variants.find((variant) => variant.key === key)!;
  return { ...module, variants: [{ ...winner, share: 100 }] };
}

function evenShares(variants: PlacementVariant[]): PlacementVariant[] {
  const each = Math.floor(100 / variants.length);
  return variants.map((variant, index) => ({
    ...variant,
    share: index === 0 ? 100 - each * (variants.length - 1) : each,
  }));
}

/** A source as a select's value (`list:trending`, `editorial:summer`) and back. */
export const sourceValue = (source: PlacementSource) =>
  'list' in source ? `list:${source.list}` : `editorial:${source.editorial}`;

export function sourceFromValue(value: string): PlacementSource {
  const [kind, name = ''] = value.split(/:(.*)/);
  return kind === 'editorial' ? { editorial: name } : ({ list: name } as PlacementSource);
}

/** The slot from a name, as a slug: lower-case letters, digits and single dashes. */
export const toSlot = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
