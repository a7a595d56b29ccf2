/** A carousel's first row: fewer products than this and a list looks broken. */
export const MIN_LIST_PRODUCTS = 4;

/**
 * Share of the catalog with related products at which an item-to-item list shows something on most product
 * pages. Products bought together are rarer than products viewed by the same shoppers, hence a lower target.
 */
export const TARGET_SHARES = { related: 0.5, boughtTogether: 0.2, content: 0.5 } as const;
