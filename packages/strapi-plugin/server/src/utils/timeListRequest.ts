import { LIST_NAMES } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import { getService } from './getService';

const KNOWN_LISTS = new Set<string>(LIST_NAMES);

/**
 * A route middleware of the storefront's list routes: times each request for the metrics, labelled by the
 * list (or `query`, or `placement`); a name that is no list is counted as `unknown`, never as the text a client
 * sent (nor a slot: slots are the shop's, and unbounded).
 */
export const timeListRequest: Core.MiddlewareHandler = async (ctx, next) => {
  const params = ctx.params as { list?: string; slot?: string } | undefined;
  const requested = params?.list;
  const list =
    params?.slot !== undefined
      ? 'placement'
      : requested === undefined
        ? 'query'
        : KNOWN_LISTS.has(requested)
          ? requested
          : 'unknown';
  const started = process.hrtime.bigint();
  try {
    await next();
  } finally {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    getService(strapi, 'metrics').observeList(list, ctx.status, seconds);
  }
};
