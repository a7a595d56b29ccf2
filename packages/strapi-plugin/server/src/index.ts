import { bootstrap } from './bootstrap';
import contentTypes from './content-types';
import { controllers } from './controllers';
import { destroy } from './destroy';
import { routes } from './routes';
import { services } from './services';

export default {
  bootstrap,
  destroy,
  contentTypes,
  controllers,
  routes,
  services,
};
