import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

import { createClient } from '../client/createClient';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import { catalog } from '../mocks/catalog';
import { createMockFetch } from '../mocks/createMockFetch';
import { useEditorialList } from './useEditorialList';

function setup() {
  const fetch = createMockFetch({
    editorial: { spring: { title: 'Spring', products: catalog.slice(0, 2) } },
  });
  const client = createClient({ baseUrl: 'http://cms.test', fetch });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SWRConfig value={{ provider: () => new Map() }}>
      <RecommendationsProvider client={client}>{children}</RecommendationsProvider>
    </SWRConfig>
  );
  return { fetch, wrapper };
}

describe('useEditorialList', () => {
  it('gets a published list by slug, null for none, and nothing for a null slug', async () => {
    const { fetch, wrapper } = setup();
    const { result, rerender } = renderHook(({ slug }: { slug: string | null }) => useEditorialList(slug), {
      wrapper,
      initialProps: { slug: 'spring' as string | null },
    });
    await waitFor(() => expect(result.current.data?.title).toBe('Spring'));
    expect(result.current.data?.items.map((item) => item.product.id)).toEqual(['p1', 'p2']);
    rerender({ slug: 'autumn' });
    await waitFor(() => expect(result.current.data).toBeNull());
    rerender({ slug: null });
    expect(result.current.data).toBeUndefined();
    expect(fetch.requests.map((request) => request.path)).toEqual([
      '/api/recommendations/editorial/spring',
      '/api/recommendations/editorial/autumn',
    ]);
  });
});
