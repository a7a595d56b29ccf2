import type { ReactNode } from 'react';
import { useState } from 'react';
import { SWRConfig } from 'swr';

import { createClient } from '../client/createClient';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import type { MockApiOptions } from '../mocks/createMockFetch';
import { createMockFetch } from '../mocks/createMockFetch';

/**
 * What every story renders in: a provider whose client answers from the mock CMS (`parameters.api`), a cache
 * of its own, no retry after an error (the Error stories stay in their state), and optionally a dark page.
 */
export function StoryProvider({
  api,
  dark,
  children,
}: {
  api?: MockApiOptions;
  dark?: boolean;
  children: ReactNode;
}) {
  const [client] = useState(() => createClient({ baseUrl: 'http://cms.test', fetch: createMockFetch(api) }));
  const [cache] = useState(() => new Map());
  return (
    <SWRConfig value={{ provider: () => cache, shouldRetryOnError: false, revalidateOnFocus: false }}>
      <RecommendationsProvider client={client} userId="shopper-1" tracking={false}>
        <div
          className={dark ? 'dark' : undefined}
          style={{
            background: dark ? '#09090b' : '#ffffff',
            padding: 16,
            fontFamily: 'system-ui, sans-serif',
          }}
        >
          {children}
        </div>
      </RecommendationsProvider>
    </SWRConfig>
  );
}
