import type { Core } from '@strapi/strapi';

import { getService } from './utils/getService';

/** Writes the events still waiting in the batch before Strapi closes the database; no retraining starts after. */
export async function destroy({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await getService(strapi, 'events').flush();
  getService(strapi, 'retraining').stop();
  await getService(strapi, 'cluster').stop();
}
