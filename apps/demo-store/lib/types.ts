/** The store's own shapes: pages and components never see Strapi's. */

export interface ProductImage {
  /** A path on the store's origin (`/uploads/...`), served from the CMS through the proxy. */
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface CategoryRef {
  slug: string;
  name: string;
  /** The department above a sub-category; null for a department. */
  parent: { slug: string; name: string } | null;
}

export interface Product {
  /** The catalog id the recommendations plugin knows the product by (the product's slug). */
  id: string;
  title: string;
  description: string;
  price: number;
  currency: string;
  image: ProductImage | null;
  category: CategoryRef | null;
  brand: string | null;
  tags: string[];
  inStock: boolean;
  /** ISO date (yyyy-mm-dd) or null. */
  launchDate: string | null;
}

export interface Category {
  slug: string;
  name: string;
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
}

export interface ProductPage {
  products: Product[];
  page: number;
  pageCount: number;
  total: number;
}

export interface CartLine {
  productId: string;
  quantity: number;
}

/** A cart line joined with its product (a product gone from the catalog is left out). */
export interface CartItem {
  product: Product;
  quantity: number;
}

export interface PlacedOrder {
  id: string;
  items: { productId: string; title: string; quantity: number; price: number }[];
  total: number;
  currency: string;
}
