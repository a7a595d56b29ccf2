import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { DraftRules } from './draftRules';

function withFactor(boosts: DraftRules['boosts'], productId: string, factor: number): DraftRules['boosts'] {
  const others = boosts.filter(
    (boost) => !(boost.match.productId === productId && Object.keys(boost.match).length === 1),
  );
  return [...others, { match: { productId }, factor }];
}

/**
 * The buttons of a product in the previewed list: each puts one rule on that product in the draft (a pin takes the
 * product out of the exclusions and the other way round; a boost or bury replaces the product's previous one).
 */
export function productRuleActions(
  draft: DraftRules,
  setDraft: (draft: DraftRules) => void,
  remember: (products: RecommendedProduct[]) => void,
) {
  return {
    pin: (product: RecommendedProduct) => {
      remember([product]);
      if (draft.pins.some((pin) => pin.productId === product.id)) return;
      setDraft({
        ...draft,
        pins: [...draft.pins, { productId: product.id, position: draft.pins.length + 1 }],
        exclude: draft.exclude.filter((match) => match.productId !== product.id),
      });
    },
    exclude: (product: RecommendedProduct) => {
      remember([product]);
      setDraft({
        ...draft,
        pins: draft.pins.filter((pin) => pin.productId !== product.id),
        exclude: [...draft.exclude, { productId: product.id }],
      });
    },
    boost: (product: RecommendedProduct) => {
      remember([product]);
      setDraft({ ...draft, boosts: withFactor(draft.boosts, product.id, 2) });
    },
    bury: (product: RecommendedProduct) => {
      remember([product]);
      setDraft({ ...draft, boosts: withFactor(draft.boosts, product.id, 0.5) });
    },
  };
}
