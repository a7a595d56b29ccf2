/** The parts of Strapi's REST answers the store reads. Only lib/ sees these shapes. */

export interface StrapiCategory {
  name: string;
  slug: string;
  parent?: { name: string; slug: string } | null;
  children?: { name: string; slug: string }[];
}

export interface StrapiProduct {
  title: string;
  slug: string;
  description: string | null;
  price: number | string;
  currency: string | null;
  brand: string | null;
  tags: unknown;
  stock: number | null;
  launchDate: string | null;
  image?: {
    url: string;
    alternativeText: string | null;
    width: number | null;
    height: number | null;
  } | null;
  category?: StrapiCategory | null;
}

export interface StrapiCollection<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}
