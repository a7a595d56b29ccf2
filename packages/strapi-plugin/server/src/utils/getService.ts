import type { Core } from '@strapi/strapi';

import type { Services } from '../services';

/** A plugin service, typed by its name. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): ReturnType<Services[K]> {
  return strapi.plugin('recommendations').service(name) as ReturnType<Services[K]>;
}
