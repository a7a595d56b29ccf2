import type { RenderResult } from '@testing-library/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';

import { createClient } from '../client/createClient';
import type { RecommendationsProviderProps } from '../context/RecommendationsProvider';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import type { MockApiOptions, MockFetch } from '../mocks/createMockFetch';
import { createMockFetch } from '../mocks/createMockFetch';

export type TestProviderProps = Omit<RecommendationsProviderProps, 'children' | 'client'>;

/**
 * Renders under a provider whose client talks to the mock CMS, with a fresh SWR cache per test so that tests
 * do not see each other's lists. `rerender` keeps the same client and cache.
 */
export function renderWithProvider(
  ui: ReactNode,
  {
    api,
    fetch = createMockFetch(api),
    ...provider
  }: TestProviderProps & { api?: MockApiOptions; fetch?: MockFetch } = {},
): RenderResult & { fetch: MockFetch; rerenderWith: (ui: ReactNode, props?: TestProviderProps) => void } {
  const client = createClient({ baseUrl: 'http://cms.test', fetch });
  const cache = new Map();
  const wrap = (children: ReactNode, props: TestProviderProps) => (
    <SWRConfig value={{ provider: () => cache, dedupingInterval: 0 }}>
      <RecommendationsProvider client={client} {...props}>
        {children}
      </RecommendationsProvider>
    </SWRConfig>
  );
  const result = render(wrap(ui, provider));
  return {
    ...result,
    fetch,
    rerenderWith: (next, props = provider) => result.rerender(wrap(next, props)),
  };
}
