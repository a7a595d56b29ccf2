import { screen, waitFor } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';

import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/renderWithProvider';
import type { ListComponentProps, ListRequest } from '../types';
import { BestSelling } from './BestSelling';
import { NewArrivals } from './NewArrivals';
import { PeopleAlsoLike } from './PeopleAlsoLike';
import { PicksForYou } from './PicksForYou';
import { RecentlyViewed } from './RecentlyViewed';
import { SimilarProducts } from './SimilarProducts';
import { Trending } from './Trending';

type AnyList = ComponentType<ListComponentProps & Record<string, unknown>>;
type Case = [string, AnyList, Record<string, unknown>, string, ListRequest];

const cases: Case[] = [
  ['NewArrivals', NewArrivals, { category: 'Kitchen' }, 'New arrivals', { list: 'new', category: 'Kitchen' }],
  ['BestSelling', BestSelling, {}, 'best selling', { list: 'best-selling' }],
  ['Trending', Trending, { category: 'Living' }, 'trending', { list: 'trending', category: 'Living' }],
  [
    'PeopleAlsoLike',
    PeopleAlsoLike as AnyList,
    { productId: 'p3' },
    'people also like',
    { list: 'people-also-like', productId: 'p3' },
  ],
  ['PicksForYou', PicksForYou, {}, 'picks for you', { list: 'picks-for-you' }],
  ['RecentlyViewed', RecentlyViewed, {}, 'recently viewed', { list: 'recently-viewed' }],
  [
    'SimilarProducts',
    SimilarProducts as AnyList,
    { productId: 'p9' },
    'Similar products',
    { list: 'similar', productId: 'p9' },
  ],
];

describe.each(cases)('%s', (_name, Component, props, title, request) => {
  it('asks for its list with its props, limit and exclusions, and renders it accessibly', async () => {
    const { container, fetch } = renderWithProvider(
      <Component {...props} limit={3} exclude={['p1']} showReasons />,
      { sessionId: 's9' },
    );
    const region = screen.getByRole('region', { name: title });
    await waitFor(() => expect(region.querySelectorAll('[data-slot="aisle-card"]')).toHaveLength(3));
    expect(fetch.requests[0]!.body).toEqual({
      requests: [{ ...request, limit: 3, exclude: ['p1'], sessionId: 's9' }],
    });
    await expectNoAxeViolations(container);
  });

  it('takes a title and a grid layout', async () => {
    renderWithProvider(<Component {...props} title="For you" layout="grid" />);
    const region = screen.getByRole('region', { name: 'For you' });
    expect(region).toHaveAttribute('data-layout', 'grid');
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
  });
});
