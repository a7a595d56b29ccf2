/**
 * The catalog in dense form: product `i` is index `i` in every array. Category nodes are full paths
 * ("Outdoor > Tents"); a product belongs to every node of its path.
 */
export interface CatalogIndex {
  ids: string[];
  titles: string[];
  /** Index of a node's parent, -1 for a root. */
  categoryParent: Int32Array;
  /** Full path of each node, "Outdoor > Tents". */
  categoryPaths: string[];
  /** Leaf node of each product, -1 when it has no category. */
  productCategory: Int32Array;
  /** Members of each node (the products of the node and its descendants), CSR. */
  categoryMembersStart: Uint32Array;
  categoryMembers: Uint32Array;
  brandNames: string[];
  productBrand: Int32Array;
  tagNames: string[];
  productTagsStart: Uint32Array;
  productTags: Uint32Array;
  /** NaN when unknown. */
  price: Float64Array;
  /** Milliseconds since the epoch, NaN when unknown. */
  launchedAt: Float64Array;
  available: Uint8Array;
  /** Free attributes, JSON-ready; null when a product has none. */
  attributes: (Record<string, string | number | boolean> | null)[];
}
