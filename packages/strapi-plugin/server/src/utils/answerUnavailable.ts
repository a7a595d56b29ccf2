import { CatalogUnavailableError } from '../catalog/CatalogUnavailableError';
import { IdentityRefusedError } from '../identity/IdentityRefusedError';
import type { RequestContext } from './RequestContext';

/**
 * Runs a storefront handler; when the catalog cannot be read (the plugin is not set up for this shop yet) the
 * storefront gets 503 with the reason instead of a bare 500; a shopper it may not name gets 401 or 403 with the
 * reason.
 */
export async function answerUnavailable(ctx: RequestContext, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (error instanceof IdentityRefusedError) {
      ctx.status = error.status;
      ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message } };
      return;
    }
    if (!(error instanceof CatalogUnavailableError)) {
      throw error;
    }
    ctx.status = 503;
    ctx.body = { data: null, error: { status: 503, name: error.name, message: error.message } };
  }
}
