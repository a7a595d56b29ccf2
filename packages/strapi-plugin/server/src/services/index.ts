import { createCatalogService } from './catalog';
import { createClusterService } from './cluster';
import { createEditorialService } from './editorial';
import { createEventsService } from './events';
import { createHealthService } from './health';
import { createImportsService } from './imports';
import { createMetricsService } from './metrics';
import { createModelService } from './model';
import { createPerformanceService } from './performance';
import { createPublicAccessService } from './publicAccess';
import { createRetrainingService } from './retraining';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createSnapshotsService } from './snapshots';
import { createTrainingService } from './training';

export const services = {
  cluster: createClusterService,
  settings: createSettingsService,
  catalog: createCatalogService,
  events: createEventsService,
  model: createModelService,
  training: createTrainingService,
  retraining: createRetrainingService,
  publicAccess: createPublicAccessService,
  editorial: createEditorialService,
  rules: createRulesService,
  imports: createImportsService,
  performance: createPerformanceService,
  health: createHealthService,
  metrics: createMetricsService,
  snapshots: createSnapshotsService,
};

export type Services = typeof services;
