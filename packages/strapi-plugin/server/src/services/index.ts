import type { Core } from '@strapi/strapi';

import type { PluginServices } from './Collaborators';
import { pluginServices } from './createPluginServices';

type ServiceFactories = {
  [K in keyof PluginServices]: (context: { strapi: Core.Strapi }) => PluginServices[K];
};

const NAMES: (keyof PluginServices)[] = [
  'cluster',
  'settings',
  'catalog',
  'events',
  'model',
  'training',
  'retraining',
  'publicAccess',
  'editorial',
  'rules',
  'imports',
  'performance',
  'placements',
  'health',
  'metrics',
  'snapshots',
];

/** What Strapi registers: each name answers with the instance's service, all made together and wired once. */
export const services = Object.fromEntries(
  NAMES.map((name) => [name, ({ strapi }: { strapi: Core.Strapi }) => pluginServices(strapi)[name]]),
) as ServiceFactories;

export type Services = ServiceFactories;
