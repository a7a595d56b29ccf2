import type { ErrorResponse } from './errors';
import type { RecommendedProduct } from './lists';
import type { PluginSettings, UpdateSettings } from './settings';

/**
 * POST /recommendations/settings/check: validates settings without saving them (the body of an update, merged
 * over the stored settings) and maps the catalog's first product with them.
 */
export declare namespace CheckSettings {
  interface Request {
    body: UpdateSettings.Request['body'];
  }
  interface Response {
    data: {
      settings: PluginSettings;
      /** The first product of the content type as the mapping reads it; null for an empty catalog. */
      sample: RecommendedProduct | null;
    };
  }
  /** 400 naming the field that does not fit. */
  type ErrorBody = ErrorResponse;
}
