import { Placement } from '@aisle/react/placement';
import Link from 'next/link';

import { StoreRecommendations } from '../components/StoreRecommendations';
import { getDepartments } from '../lib/catalog/getDepartments';
import { PREFETCHED_LIST_OPTIONS } from '../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../lib/recommendations/prefetchLists';
import { getShopper } from '../lib/shopper/getShopper';

// The home page's lists are the merchandisers' to compose (Recommendations > Placements in the CMS): the seed
// makes this slot the editorial list `home` (while one is published), new arrivals, best sellers and trending.
const SLOT = 'home';

export default async function HomePage() {
  const shopper = await getShopper();
  const [departments, fallback] = await Promise.all([
    getDepartments(),
    prefetchLists(shopper, [], [], [{ slot: SLOT }]),
  ]);
  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <section className="bg-brand-50">
        <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 sm:px-6 sm:py-10 md:grid-cols-[3fr_2fr] md:items-center md:py-14">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">New season</p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-brand-900 sm:text-5xl">
              Everything for home, garden and the great outdoors
            </h1>
            <p className="mt-4 max-w-xl text-base text-zinc-700 sm:text-lg">
              A thousand products from tents to teapots, and lists that learn what goes together from what our
              shoppers buy.
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <Link
                href="/for-you"
                className="rounded-full bg-brand-700 px-5 py-3 text-sm font-semibold text-white hover:bg-brand-600"
              >
                See your picks
              </Link>
              {departments[0] && (
                <Link
                  href={`/categories/${departments[0].slug}`}
                  className="rounded-full border border-brand-700 px-5 py-3 text-sm font-semibold text-brand-700 hover:bg-white"
                >
                  Shop {departments[0].name}
                </Link>
              )}
            </div>
          </div>
          <ul className="hidden gap-2 sm:grid sm:grid-cols-4 md:grid-cols-2">
            {departments.map((department) => (
              <li key={department.slug}>
                <Link
                  href={`/categories/${department.slug}`}
                  className="flex h-full min-h-14 items-center rounded-xl bg-white px-4 py-3 text-sm font-semibold text-zinc-800 shadow-sm ring-1 ring-zinc-200 hover:ring-brand-600"
                >
                  {department.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className="mx-auto flex max-w-7xl flex-col gap-12 px-4 py-6 empty:hidden sm:px-6">
        <Placement slot={SLOT} options={PREFETCHED_LIST_OPTIONS} />
      </div>
    </StoreRecommendations>
  );
}
