import type { Core } from '@strapi/strapi';

/** Quiet tests and noisy debugging without code changes: STRAPI_LOG_LEVEL=error|warn|info|http|debug. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('STRAPI_LOG_LEVEL', 'info'),
});
