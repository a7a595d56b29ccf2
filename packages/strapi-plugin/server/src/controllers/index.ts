import { dashboardController } from './dashboard';
import { editorialListsController } from './editorialLists';
import { importsController } from './imports';
import { instanceController } from './instance';
import { modelController } from './model';
import { productsController } from './products';
import { ruleSetsController } from './ruleSets';
import { settingsController } from './settings';
import { storefrontController } from './storefront';

export const controllers = {
  storefront: storefrontController,
  settings: settingsController,
  'editorial-lists': editorialListsController,
  'rule-sets': ruleSetsController,
  model: modelController,
  imports: importsController,
  dashboard: dashboardController,
  products: productsController,
  instance: instanceController,
};
