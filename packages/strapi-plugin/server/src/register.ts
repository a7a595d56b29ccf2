import type { Core } from '@strapi/strapi';

/**
 * A custom field, `plugin::recommendations.placement`: the slot of a placement, stored as a string. A shop that
 * builds its pages in Strapi adds it to a component of its pages' dynamic zones, and its storefront renders the
 * slot where the editors put it (`<Placement slot={section.placement} />`).
 */
export function register({ strapi }: { strapi: Core.Strapi }): void {
  strapi.customFields.register({
    name: 'placement',
    plugin: 'recommendations',
    type: 'string',
    inputSize: { default: 6, isResizable: true },
  });
}
