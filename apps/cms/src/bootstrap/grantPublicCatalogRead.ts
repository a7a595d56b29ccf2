import type { Core } from '@strapi/strapi';

/** What a storefront reads without a token: the demo catalog and pages are public, as a shop's are. */
const PUBLIC_READ = [
  'api::product.product.find',
  'api::product.product.findOne',
  'api::category.category.find',
  'api::category.category.findOne',
  'api::landing-page.landing-page.find',
  'api::landing-page.landing-page.findOne',
];

/**
 * On the first boot lets the Public role read products and categories; an administrator's later changes stand
 * (a flag in the store remembers that this ran).
 */
export async function grantPublicCatalogRead(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'aisle-cms' });
  if ((await store.get({ key: 'publicCatalogReadGranted' })) === true) {
    return;
  }
  const findPublicRole = async () =>
    (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    } | null;
  let role = await findPublicRole();
  if (role === null) {
    // users-permissions creates its roles on its own bootstrap, only while no permission exists: let it run first.
    await strapi.plugin('users-permissions').service('users-permissions').initialize();
    role = await findPublicRole();
  }
  if (role === null) {
    throw new Error('aisle-cms: the users-permissions plugin has no Public role');
  }
  for (const action of PUBLIC_READ) {
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    if ((await permissions.findOne({ where: { action, role: role.id } })) === null) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'publicCatalogReadGranted', value: true });
}
