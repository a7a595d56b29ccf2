import { renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

import { createClient } from '../client/createClient';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import { createMockFetch } from '../mocks/createMockFetch';
import { renderWithProvider } from '../test/renderWithProvider';
import type { ListRequest } from '../types';
import { useRecommendations } from './useRecommendations';

function Titles({ request }: { request: ListRequest | null }) {
  // Inline options with an inline function, as apps write them: neither may cause a refetch.
  const { data, isLoading } = useRecommendations(request, {
    onSuccess: () => undefined,
    keepPreviousData: false,
  });
  return (
    <p data-testid={request?.list ?? 'none'}>
      {isLoading ? 'loading' : (data?.data.map((item) => item.product.title).join(', ') ?? 'idle')}
    </p>
  );
}

const queries = (fetch: ReturnType<typeof createMockFetch>) =>
  fetch.requests.map((request) => (request.body as { requests: ListRequest[] }).requests);

describe('useRecommendations', () => {
  it("sends the request with the provider's shopper and returns the list", async () => {
    const { fetch } = renderWithProvider(
      <Titles request={{ list: 'trending', category: 'Kitchen', limit: 2 }} />,
      {
        userId: 'u1',
      },
    );
    expect(screen.getByTestId('trending')).toHaveTextContent('loading');
    await waitFor(() =>
      expect(screen.getByTestId('trending')).toHaveTextContent('Walnut cutting board, Enamel camping mug'),
    );
    expect(queries(fetch)).toEqual([[{ list: 'trending', category: 'Kitchen', limit: 2, userId: 'u1' }]]);
  });

  it("sends a signed-in shopper as the shop's signed token", async () => {
    const { fetch } = renderWithProvider(<Titles request={{ list: 'picks-for-you', limit: 2 }} />, {
      shopperToken: 'v1.signed.by-the-shop',
      sessionId: 's9',
    });
    await waitFor(() => expect(queries(fetch)).toHaveLength(1));
    expect(queries(fetch)).toEqual([
      [{ list: 'picks-for-you', limit: 2, shopperToken: 'v1.signed.by-the-shop' }],
    ]);
  });

  it('returns data, error, isLoading, isValidating and mutate like SWR', async () => {
    const fetch = createMockFetch({ status: 500 });
    const client = createClient({ baseUrl: 'http://cms.test', fetch });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false }}>
        <RecommendationsProvider client={client}>{children}</RecommendationsProvider>
      </SWRConfig>
    );
    const { result } = renderHook(() => useRecommendations({ list: 'new' }), { wrapper });
    expect(result.current).toMatchObject({ data: undefined, isLoading: true, isValidating: true });
    await waitFor(() =>
      expect(result.current.error?.message).toBe('@aisle/react: 500 the mock CMS failed on purpose'),
    );
    expect(result.current.isLoading).toBe(false);
    expect(typeof result.current.mutate).toBe('function');
  });

  it('asks for the lists of a page in one request', async () => {
    const { fetch } = renderWithProvider(
      <>
        <Titles request={{ list: 'new', limit: 1 }} />
        <Titles request={{ list: 'best-selling', limit: 1 }} />
        <Titles request={{ list: 'similar', productId: 'p1', limit: 1 }} />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('similar')).toHaveTextContent('Linen napkins'));
    expect(screen.getByTestId('new')).toHaveTextContent('Wool felt slippers');
    expect(screen.getByTestId('best-selling')).toHaveTextContent('Merino wool scarf');
    expect(queries(fetch)).toEqual([
      [
        { list: 'new', limit: 1 },
        { list: 'best-selling', limit: 1 },
        { list: 'similar', productId: 'p1', limit: 1 },
      ],
    ]);
  });

  it('does not refetch when it re-renders with an equal inline request and inline options', async () => {
    const { fetch, rerenderWith } = renderWithProvider(<Titles request={{ list: 'new', limit: 1 }} />);
    await waitFor(() => expect(screen.getByTestId('new')).toHaveTextContent('Wool felt slippers'));
    rerenderWith(<Titles request={{ limit: 1, list: 'new' }} />);
    rerenderWith(<Titles request={{ list: 'new', limit: 1 }} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch.requests).toHaveLength(1);
  });

  it('refetches when the request or the shopper of the provider changes', async () => {
    const { fetch, rerenderWith } = renderWithProvider(
      <Titles request={{ list: 'picks-for-you', limit: 1 }} />,
      {
        sessionId: 's1',
      },
    );
    await waitFor(() => expect(fetch.requests).toHaveLength(1));
    rerenderWith(<Titles request={{ list: 'picks-for-you', limit: 1 }} />, { sessionId: 's1', userId: 'u7' });
    await waitFor(() => expect(fetch.requests).toHaveLength(2));
    rerenderWith(<Titles request={{ list: 'picks-for-you', limit: 2 }} />, { sessionId: 's1', userId: 'u7' });
    await waitFor(() => expect(fetch.requests).toHaveLength(3));
    expect(queries(fetch)).toEqual([
      [{ list: 'picks-for-you', limit: 1, sessionId: 's1' }],
      // One identity a request: the user id (only a server-side client may send one) wins over the session.
      [{ list: 'picks-for-you', limit: 1, userId: 'u7' }],
      [{ list: 'picks-for-you', limit: 2, userId: 'u7' }],
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('picks-for-you')).toHaveTextContent(
        'Cast iron skillet 26 cm, Organic cotton throw',
      ),
    );
  });

  it('fetches nothing for a null request', async () => {
    const { fetch } = renderWithProvider(<Titles request={null} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('none')).toHaveTextContent('idle');
    expect(fetch.requests).toEqual([]);
  });
});
