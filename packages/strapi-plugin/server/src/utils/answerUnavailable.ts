import { CatalogUnavailableError } from '../catalog/CatalogUnavailableError';
import type { RequestContext } from './RequestContext';

/**
 * Runs a storefront handler; when the catalog cannot be read (the plugin is not set up for this shop yet) the
 * storefront gets 503 with the reason instead of a bare 500.
 */
export async function answerUnavailable(ctx: RequestContext, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (!(error instanceof CatalogUnavailableError)) {
      throw error;
    }
    ctx.status = 503;
    ctx.body = { data: null, error: { status: 503, name: error.name, message: error.message } };
  }
}
