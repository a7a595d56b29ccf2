import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'demo store server';
const VARIABLE = 'AISLE_CMS_SERVER_TOKEN';

interface ApiTokenService {
  getByName(name: string): Promise<{ id: number | string } | null>;
  getByAccessKey(accessKeyHash: string): Promise<{ id: number | string } | null>;
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ accessKey: string }>;
  revoke(id: number | string): Promise<unknown>;
}

/**
 * The demo store's server credential: a custom API token that may only send events (purchases are refused
 * without one). Strapi shows a token's key once, at creation, so it is kept in `file` (an env file the store
 * reads, `AISLE_CMS_SERVER_TOKEN=...`, owner-only); a token whose key the file no longer matches is replaced.
 * Returns whether a new token was made.
 */
export async function ensureServerToken(strapi: Core.Strapi, file: string): Promise<boolean> {
  const tokens = strapi.service('admin::api-token') as unknown as ApiTokenService;
  const kept = existsSync(file)
    ? new RegExp(`^${VARIABLE}=(.+)$`, 'm').exec(readFileSync(file, 'utf8'))?.[1]?.trim()
    : undefined;
  if (kept !== undefined && (await tokens.getByAccessKey(tokens.hash(kept))) !== null) {
    return false;
  }
  const existing = await tokens.getByName(TOKEN_NAME);
  if (existing !== null) {
    await tokens.revoke(existing.id);
  }
  const created = await tokens.create({
    name: TOKEN_NAME,
    description: 'The demo store sends orders with it (npm start made it)',
    type: 'custom',
    permissions: ['plugin::recommendations.storefront.events'],
    lifespan: null,
  });
  const others = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith(`${VARIABLE}=`))
    : [];
  writeFileSync(file, [...others, `${VARIABLE}=${created.accessKey}`].join('\n') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return true;
}
