import { useFetchClient } from '@strapi/strapi/admin';
import type { FetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface RemoteData<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads `load` whenever `key` changes (null: nothing to load), aborting the request it replaces so that a slow
 * answer never overwrites a newer one. `load` is kept in a ref: an inline function does not reload.
 */
export function useRemoteData<T>(
  key: string | null,
  load: (client: FetchClient, signal: AbortSignal) => Promise<T>,
): RemoteData<T> {
  const client = useFetchClient();
  const loader = useRef(load);
  loader.current = load;
  const [state, setState] = useState<{ data: T | undefined; error: unknown; isLoading: boolean }>({
    data: undefined,
    error: undefined,
    isLoading: key !== null,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    if (key === null) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, isLoading: true }));
    loader.current(client, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, isLoading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, error, isLoading: false }));
      },
    );
    return () => controller.abort();
    // The key alone says when to load again (the fetch client is the same for the signed-in admin).
  }, [key, generation]);

  return { ...state, reload };
}
