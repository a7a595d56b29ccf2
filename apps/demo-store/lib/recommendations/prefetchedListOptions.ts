/**
 * SWR options for lists the server prefetched: keep what the server rendered. Revalidating on mount would ask
 * again at once, and the CMS lets browsers cache public lists for a minute, so the answer could be older than
 * the page (an editorial list changed a moment ago would turn back into its previous version). A list the
 * server could not prefetch has no data and is still fetched on mount.
 */
export const PREFETCHED_LIST_OPTIONS = { revalidateIfStale: false, revalidateOnFocus: false } as const;
