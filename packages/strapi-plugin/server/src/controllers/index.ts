import { contentTypesController } from './contentTypes';
import { editorialListsController } from './editorialLists';
import { healthController } from './health';
import { importsController } from './imports';
import { instanceController } from './instance';
import { modelController } from './model';
import { performanceController } from './performance';
import { placementsController } from './placements';
import { previewController } from './preview';
import { productsController } from './products';
import { ruleSetsController } from './ruleSets';
import { settingsController } from './settings';
import { settingsCheckController } from './settingsCheck';
import { snapshotsController } from './snapshots';
import { storefrontController } from './storefront';
import { usersController } from './users';

/** One controller per resource of `shared/contracts` (the storefront's keep one name: the Public role's permissions use it). */
export const controllers = {
  storefront: storefrontController,
  settings: settingsController,
  'settings-check': settingsCheckController,
  'editorial-lists': editorialListsController,
  'rule-sets': ruleSetsController,
  placements: placementsController,
  model: modelController,
  preview: previewController,
  performance: performanceController,
  health: healthController,
  snapshots: snapshotsController,
  'content-types': contentTypesController,
  users: usersController,
  imports: importsController,
  products: productsController,
  instance: instanceController,
};
