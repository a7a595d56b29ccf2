import type supertest from 'supertest';
import type { Core } from '@strapi/strapi';

/**
 * The shop server's credential: a custom API token that may send events and read lists, nothing else. Purchases
 * and a shopper's `userId` are accepted with it and never from a browser (see the plugin's storefront routes).
 */
export async function createServerToken(strapi: Core.Strapi, name = 'shop server'): Promise<string> {
  const token = (await strapi.service('admin::api-token').create({
    name,
    type: 'custom',
    permissions: [
      'plugin::recommendations.storefront.events',
      'plugin::recommendations.storefront.lists',
      'plugin::recommendations.storefront.query',
    ],
    lifespan: null,
  })) as { accessKey: string };
  return token.accessKey;
}

const tokens = new WeakMap<Core.Strapi, Promise<string>>();

/** Requests as the shop's server (with its API token, made once per Strapi): how purchases are sent. */
export async function asShopServer(app: {
  strapi: Core.Strapi;
  http: () => supertest.Agent;
}): Promise<supertest.Agent> {
  let token = tokens.get(app.strapi);
  if (token === undefined) {
    token = createServerToken(app.strapi);
    tokens.set(app.strapi, token);
  }
  return app.http().set('Authorization', `Bearer ${await token}`);
}
