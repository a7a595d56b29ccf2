import { Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';

import { LoadError } from '../../components/LoadError';
import type { RemoteData } from '../../hooks/useRemoteData';

export interface RemoteContentProps<T> {
  remote: RemoteData<T>;
  /** What failed to load, for the error and its retry button ("The data health"). */
  what: string;
  children: (data: T) => ReactNode;
}

/** Each section of the page loads on its own, so one failing request leaves the others readable. */
export function RemoteContent<T>({ remote, what, children }: RemoteContentProps<T>) {
  if (remote.data !== undefined) return <>{children(remote.data)}</>;
  if (remote.error !== undefined)
    return <LoadError what={what} error={remote.error} onRetry={remote.reload} />;
  return <Page.Loading />;
}
