/** A call to the CMS's admin API (the plugin's admin routes live under /recommendations). */
export async function adminApi<T>(
  cmsUrl: string,
  adminToken: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  route: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${cmsUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`adminApi: ${method} ${route} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
