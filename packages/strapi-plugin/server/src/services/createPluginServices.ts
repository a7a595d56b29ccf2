import type { Core } from '@strapi/strapi';

import { createForgottenStore } from '../cluster/createForgottenStore';
import { createEventsStore } from '../events/createEventsStore';
import { createModelBytesStore } from '../snapshots/createModelBytesStore';
import { createCatalogService } from './catalog';
import { createClusterService } from './cluster';
import type { PluginServices } from './Collaborators';
import { createEditorialService } from './editorial';
import { createEventsService } from './events';
import { createHealthService } from './health';
import { createImportsService } from './imports';
import { createMetricsService } from './metrics';
import { createModelService } from './model';
import { createPerformanceService } from './performance';
import { createPlacementsService } from './placements';
import { createPublicAccessService } from './publicAccess';
import { createRetrainingService } from './retraining';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createSnapshotsService } from './snapshots';
import { createTrainingService } from './training';

/**
 * Every service of the plugin, made once for a Strapi instance, each handed the services it works with. This is
 * the one place that knows who depends on whom: collaborators are created first, and the reactions to stored
 * events (metrics, the serving model, retraining) subscribe to the events service instead of it calling them,
 * which keeps the graph free of cycles (events -> retraining -> training -> events was one).
 */
export function createPluginServices(strapi: Core.Strapi): PluginServices {
  const cluster = createClusterService({ strapi });
  const settings = createSettingsService({ strapi, deps: { cluster } });
  const catalog = createCatalogService({ strapi, deps: { cluster, settings } });
  const rules = createRulesService({ strapi, deps: { cluster } });
  const eventsStore = createEventsStore(strapi);
  const forgotten = createForgottenStore(strapi);
  const events = createEventsService({ strapi, deps: { cluster, eventsStore, forgotten, settings } });
  const modelBytes = createModelBytesStore(strapi);
  const model = createModelService({ strapi, deps: { catalog, events, forgotten, modelBytes, rules } });
  const metrics = createMetricsService({ deps: { events, model } });
  const training = createTrainingService({
    strapi,
    deps: { catalog, cluster, events, forgotten, metrics, model, modelBytes, settings },
  });
  const retraining = createRetrainingService({ deps: { settings, training } });
  const editorial = createEditorialService({ strapi, deps: { catalog } });
  events.on('stored', (rows) => metrics.countEvents(rows.map((row) => row.type)));
  events.on('applied', (interactions) => model.applyInteractions(interactions));
  events.on('purchasesStored', () => retraining.purchasesStored());
  events.on('forgotten', () => model.reloadForgotten());
  return {
    cluster,
    settings,
    catalog,
    rules,
    events,
    model,
    metrics,
    training,
    retraining,
    publicAccess: createPublicAccessService({ strapi }),
    editorial,
    placements: createPlacementsService({ strapi, deps: { catalog, editorial, model } }),
    imports: createImportsService({ strapi, deps: { events, eventsStore } }),
    performance: createPerformanceService({ deps: { eventsStore } }),
    health: createHealthService({ deps: { catalog, events, eventsStore, model, settings } }),
    snapshots: createSnapshotsService({ strapi, deps: { model } }),
  };
}

const made = new WeakMap<Core.Strapi, PluginServices>();

/** The plugin's services of this Strapi instance (tests boot several in one process), made on first use. */
export function pluginServices(strapi: Core.Strapi): PluginServices {
  let services = made.get(strapi);
  if (services === undefined) {
    services = createPluginServices(strapi);
    made.set(strapi, services);
  }
  return services;
}
