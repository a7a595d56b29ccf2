/**
 * A read-only API token of the CMS, made through its admin API: the store reads the catalog with it
 * (AISLE_CMS_TOKEN), whatever the Public role of that CMS may read.
 */
export async function createReadToken(cmsUrl: string, adminToken: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `demo-store-tests-${Date.now()}`, type: 'read-only', lifespan: null }),
  });
  const body = (await response.json()) as { data?: { accessKey?: string } };
  if (!response.ok || typeof body.data?.accessKey !== 'string') {
    throw new Error(
      `createReadToken: POST /admin/api-tokens answered ${response.status}: ${JSON.stringify(body)}`,
    );
  }
  return body.data.accessKey;
}

/** The store server's token for sending events (purchases): a custom token with that permission only. */
export async function createServerToken(cmsUrl: string, adminToken: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `demo-store-server-${Date.now()}`,
      type: 'custom',
      permissions: ['plugin::recommendations.storefront.events'],
      lifespan: null,
    }),
  });
  const body = (await response.json()) as { data?: { accessKey?: string } };
  if (!response.ok || typeof body.data?.accessKey !== 'string') {
    throw new Error(
      `createServerToken: POST /admin/api-tokens answered ${response.status}: ${JSON.stringify(body)}`,
    );
  }
  return body.data.accessKey;
}
