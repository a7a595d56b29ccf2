// The admin's own configuration (Strapi reads this file when it builds the admin panel).
export default {
  config: {
    // Strapi's admin asks api.github.com for its latest release on every load; the demo fetches nothing from the
    // internet at run time, and upgrades are the shop's decision (see `npm outdated`).
    notifications: { releases: false },
  },
};
