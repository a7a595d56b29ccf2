/**
 * Stands in for `@strapi/admin-test-utils`, which Strapi's admin test providers (`@strapi/strapi/admin/test`)
 * import but Strapi does not publish. The providers read two things from it: the admin's own permission map
 * (the admin pages' menus, unused by the plugin) and the default permissions of the test admin, which
 * renderPage replaces with the plugin permissions each test chooses.
 */
export const fixtures = {
  permissions: {
    app: {},
    allPermissions: [],
  },
};
