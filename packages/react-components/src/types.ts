import type { ListName } from '@aisle/engine';
import type { GetEditorial } from '@aisle/strapi-plugin/contracts/editorial';
import type { ShopEvent } from '@aisle/strapi-plugin/contracts/events';
import type { GetList, RecommendedProduct } from '@aisle/strapi-plugin/contracts/lists';
import type { GetPlacement } from '@aisle/strapi-plugin/contracts/placements';
import type { QueryLists } from '@aisle/strapi-plugin/contracts/query';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import type { SWRConfiguration } from 'swr';

export type { ListName, Reason } from '@aisle/engine';
export type { ShopEvent } from '@aisle/strapi-plugin/contracts/events';
export type { ListMeta, Recommendation, RecommendedProduct } from '@aisle/strapi-plugin/contracts/lists';

/** One list to fetch: an entry of the batched `POST /api/recommendations/query`. */
export type ListRequest = QueryLists.ListRequest;

/** A served list: `GET /api/recommendations/lists/:list`, also one entry of a batched answer. */
export type ListResponse = GetList.Response;

/** A published editorial list in effect now: its title, description and items. */
export type EditorialData = GetEditorial.Response['data'];

/** The page a placement is filled for: its product, basket or category, and the shopper. */
export type PlacementContext = Shopper & { productId?: string; basket?: string[]; category?: string };

/** A slot filled for a page: its modules (the variant drawn for the shopper) and what was skipped. */
export type PlacementData = GetPlacement.Response;
export type { ServedModule } from '@aisle/strapi-plugin/contracts/placements';

/** What events name as the list that showed a product: a list name or `editorial:<slug>`. */
export type TrackedList = ListName | `editorial:${string}`;

/** An event as the storefront tracks it: the provider adds the shopper's ids and the time. */
export type TrackEvent = Omit<ShopEvent, 'userId' | 'sessionId' | 'shopperToken'>;

/** The shopper every request and event is made for (one of the two is needed for tracking). */
export interface Shopper {
  /** The shop's user id: only the shop's server (with an API token) may send it. */
  userId?: string;
  sessionId?: string;
  /** A signed-in customer in the browser: the token the shop's server signed (`createShopperToken`). */
  shopperToken?: string;
}

/** The parts of a list that take a class name (each also carries `data-slot="aisle-<slot>"`). */
export type Slot =
  | 'root'
  | 'header'
  | 'title'
  | 'content'
  | 'item'
  | 'card'
  | 'media'
  | 'image'
  | 'name'
  | 'price'
  | 'reason'
  | 'skeleton'
  | 'error'
  | 'retry'
  | 'controls'
  | 'previous'
  | 'next'
  | 'select'
  | 'footer'
  | 'total'
  | 'add';

export type ClassNames = Partial<Record<Slot, string>>;

/** Texts of the built-in parts; override any of them with `labels`. */
export interface Labels {
  previous: string;
  next: string;
  error: string;
  retry: string;
  /** Frequently bought together: the bundle's total and its button. */
  total: string;
  add: string;
}

export interface ItemProps {
  recommendation: GetList.Response['data'][number];
  product: RecommendedProduct;
  list: TrackedList;
  /** 0-based. */
  position: number;
  showReasons?: boolean;
  classNames?: ClassNames;
}

export interface HeaderProps {
  /** Put it on the heading: the list's region is labelled by it. */
  id: string;
  title: ReactNode;
  list: TrackedList;
  classNames?: ClassNames;
}

export interface EmptyProps {
  list: TrackedList;
}

/** What every list component accepts besides its request. */
export type ListViewProps = Omit<ComponentProps<'section'>, 'title' | 'children'> & {
  title?: ReactNode;
  layout?: 'carousel' | 'grid';
  itemComponent?: ComponentType<ItemProps>;
  headerComponent?: ComponentType<HeaderProps>;
  /** Rendered instead of the list when it has no item; default: nothing. */
  emptyComponent?: ComponentType<EmptyProps>;
  classNames?: ClassNames;
  labels?: Partial<Labels>;
  /** Show each item's first shopper-facing reason ("Because you viewed X"). */
  showReasons?: boolean;
  /** Placeholders while loading (default: the request's limit, or 4). */
  skeletonCount?: number;
  /** The placement module and variant the list is (`<slot>:<module>:<variant>`): sent with its events. */
  placement?: string;
};

/** Props of a list component: the view's props, the SWR options and the request fields other than the list. */
export type ListComponentProps = ListViewProps & {
  options?: SWRConfiguration<ListResponse, Error>;
  limit?: number;
  exclude?: string[];
};
