import type { ListName, ListResponse } from '@aisle/react/server';

/** A list as the CMS serves it to anyone (the tests pick their products from these). */
export async function getList(cmsUrl: string, list: ListName, query: Record<string, string> = {}) {
  const response = await fetch(`${cmsUrl}/api/recommendations/lists/${list}?${new URLSearchParams(query)}`);
  if (!response.ok) throw new Error(`getList: ${list} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as ListResponse;
}
