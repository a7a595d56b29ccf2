import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';
import helmet from 'koa-helmet';
import { defaultsDeep, mergeWith } from 'lodash';

type HelmetOptions = Parameters<typeof helmet>[0];

const DEFAULTS = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: {
    useDefaults: true,
    directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null },
  },
  xssFilter: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
};

const mergeConfig = (existing: object, added: object): HelmetOptions =>
  mergeWith({}, existing, added, (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? a.concat(b) : undefined,
  ) as HelmetOptions;

/**
 * Strapi 5.54's `strapi::security`, with its helmet middlewares built once instead of on every request
 * (there it costs lodash's defaultsDeep and helmet's option parsing per request, about a sixth of a cached
 * storefront list's CPU). The same headers: the same defaults and config, the same exceptions for the API
 * documentation (and GraphQL playground) and, in development, for the admin panel's dev server.
 */
export const securityBuiltOnce: Core.MiddlewareFactory<object> = (config, { strapi }) => {
  const base = defaultsDeep({}, config, DEFAULTS) as HelmetOptions & object;
  const specialPaths = ['/documentation'];
  const directives: Record<string, string[]> = {
    'script-src': ["'self'", "'unsafe-inline'", 'cdn.jsdelivr.net'],
    'img-src': ["'self'", 'data:', 'cdn.jsdelivr.net', 'strapi.io'],
    'manifest-src': [],
    'frame-src': [],
  };
  const graphql = strapi.plugin('graphql');
  if (graphql?.service('utils').playground.isEnabled()) {
    specialPaths.push(graphql.config('endpoint') as string);
    directives['script-src']!.push(`https: 'unsafe-inline'`);
    directives['img-src']!.push(`'apollo-server-landing-page.cdn.apollographql.com'`);
    directives['manifest-src']!.push(`'self'`, 'apollo-server-landing-page.cdn.apollographql.com');
    directives['frame-src']!.push(`'self'`, 'sandbox.embed.apollographql.com');
  }
  const forSpecialPaths = { crossOriginEmbedderPolicy: false, contentSecurityPolicy: { directives } };
  const forAdminDevServer = {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'", 'http:', 'https:', 'ws:'],
      },
    },
  };
  const special = mergeConfig(base, forSpecialPaths);
  const variants = {
    plain: helmet(base),
    special: helmet(special),
    adminDev: helmet(mergeConfig(base, forAdminDevServer)),
    specialAdminDev: helmet(mergeConfig(special as object, forAdminDevServer)),
  };
  const development = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
  const adminPath = strapi.config.get('admin.path') as string;

  return (ctx, next) => {
    const get = ctx.method === 'GET';
    const isSpecial = get && specialPaths.some((path) => ctx.path.startsWith(path));
    const isAdminDev = development && get && ctx.path.startsWith(adminPath);
    const middleware = isSpecial
      ? isAdminDev
        ? variants.specialAdminDev
        : variants.special
      : isAdminDev
        ? variants.adminDev
        : variants.plain;
    return middleware(ctx, next);
  };
};
