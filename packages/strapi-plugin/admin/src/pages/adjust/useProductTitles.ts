import { useMemo, useState } from 'react';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { StoredRuleSet } from '../../../../shared/contracts/rule-sets';
import { productsApi } from '../../api/productsApi';
import { useRemoteData } from '../../hooks/useRemoteData';

/**
 * Titles of the products the rules name, by id: those the admin met on the page (`remember`) and the products the
 * saved rule sets are scoped to, fetched once.
 */
export function useProductTitles(ruleSets: StoredRuleSet[] | undefined) {
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const remember = (products: RecommendedProduct[]) =>
    setTitles((previous) => {
      const next = new Map(previous);
      for (const product of products) next.set(product.id, product.title);
      return next;
    });

  const scopedIds = [
    ...new Set((ruleSets ?? []).flatMap((ruleSet) => ruleSet.definition.scope?.productId ?? [])),
  ];
  const scopedProducts = useRemoteData(
    scopedIds.length ? `titles:${scopedIds.join(',')}` : null,
    (fetchClient, signal) => productsApi.byIds(fetchClient, scopedIds, signal),
  );
  const allTitles = useMemo(() => {
    const merged = new Map(titles);
    for (const product of scopedProducts.data?.data ?? []) merged.set(product.id, product.title);
    return merged;
  }, [titles, scopedProducts.data]);

  return { allTitles, remember };
}
