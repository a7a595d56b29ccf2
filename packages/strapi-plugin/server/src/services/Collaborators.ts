import type { ForgottenStore } from '../cluster/createForgottenStore';
import type { EventsStore } from '../events/createEventsStore';
import type { ModelBytesStore } from '../snapshots/createModelBytesStore';
// The plugin's services by name, for typing what each receives (see createPluginServices).
import type { CatalogService } from './catalog';
import type { ClusterService } from './cluster';
import type { EditorialService } from './editorial';
import type { EventsService } from './events';
import type { HealthService } from './health';
import type { ImportsService } from './imports';
import type { MetricsService } from './metrics';
import type { ModelService } from './model';
import type { PerformanceService } from './performance';
import type { PlacementsService } from './placements';
import type { PublicAccessService } from './publicAccess';
import type { RetrainingService } from './retraining';
import type { RulesService } from './rules';
import type { SettingsService } from './settings';
import type { SnapshotsService } from './snapshots';
import type { TrainingService } from './training';

export interface PluginServices {
  catalog: CatalogService;
  cluster: ClusterService;
  editorial: EditorialService;
  events: EventsService;
  health: HealthService;
  imports: ImportsService;
  metrics: MetricsService;
  model: ModelService;
  performance: PerformanceService;
  placements: PlacementsService;
  publicAccess: PublicAccessService;
  retraining: RetrainingService;
  rules: RulesService;
  settings: SettingsService;
  snapshots: SnapshotsService;
  training: TrainingService;
}

/** The services one service works with, handed to it when it is made (never looked up at run time). */
export type Collaborators<K extends keyof PluginParts> = Pick<PluginParts, K>;

/** The services, and the stores that own a table (not Strapi services: no one else may reach them). */
export interface PluginParts extends PluginServices {
  eventsStore: EventsStore;
  forgotten: ForgottenStore;
  modelBytes: ModelBytesStore;
}
