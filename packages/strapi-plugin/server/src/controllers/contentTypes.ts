import type { Core } from '@strapi/strapi';

import type { ContentTypeSummary, FindContentTypes } from '../../../shared/contracts/content-types';
import type { RequestContext } from '../utils/RequestContext';
import { isSecretAttribute } from '../validation/validateCatalogMapping';

interface AttributeDefinition {
  type: string;
}

/** GET /recommendations/content-types: the app's collection types a catalog can be mapped from. */
export const contentTypesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const summaries: ContentTypeSummary[] = [];
    for (const [uid, schema] of Object.entries(strapi.contentTypes)) {
      const contentType = schema as {
        kind?: string;
        info?: { displayName?: string };
        attributes: Record<string, AttributeDefinition>;
      };
      if (!uid.startsWith('api::') || contentType.kind !== 'collectionType') continue;
      const attributes = Object.entries(contentType.attributes)
        .filter(([name, attribute]) => !isSecretAttribute(name, attribute))
        .map(([name, attribute]) => ({ name, type: attribute.type }))
        .concat([{ name: 'documentId', type: 'string' }]);
      attributes.sort((a, b) => a.name.localeCompare(b.name));
      summaries.push({ uid, displayName: contentType.info?.displayName ?? uid, attributes });
    }
    summaries.sort((a, b) => a.displayName.localeCompare(b.displayName));
    const body: FindContentTypes.Response = { data: summaries };
    ctx.body = body;
  },
});
