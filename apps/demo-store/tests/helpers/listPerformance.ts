import { adminApi } from './adminApi';

// The part of the plugin's GetPerformance answer the tests read.
export interface ListPerformance {
  list: string;
  clicks: number;
  purchases: number;
  revenue: number;
}

/** How a list did over the last 7 days, from the plugin's admin API (what the events it stored add up to). */
export async function listPerformance(
  cmsUrl: string,
  adminToken: string,
  list: string,
): Promise<ListPerformance> {
  const { data } = await adminApi<{ data: { days: number; lists: ListPerformance[] }[] }>(
    cmsUrl,
    adminToken,
    'GET',
    '/recommendations/performance',
  );
  return (
    data.find((window) => window.days === 7)?.lists.find((entry) => entry.list === list) ?? {
      list,
      clicks: 0,
      purchases: 0,
      revenue: 0,
    }
  );
}
