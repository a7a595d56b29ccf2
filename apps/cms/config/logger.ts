import type { Core } from '@strapi/strapi';

/**
 * The log level from STRAPI_LOG_LEVEL (error, warn, info, http, verbose, debug, silly; default info), or `silent`
 * for none: the tests use it, so that the errors they provoke on purpose do not clutter their output.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const level = env('STRAPI_LOG_LEVEL', 'info');
  return level === 'silent' ? { level: 'error', silent: true } : { level };
};
