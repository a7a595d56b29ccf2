import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';
const WRITE_ACTIONS = new Set([
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
]);
// Another Strapi process on the same database changes permissions without this one's lifecycles seeing it.
const MAX_AGE_MS = 10_000;

/**
 * The actions the users-permissions Public role holds, read once and kept until a permission or role is written
 * (or for MAX_AGE_MS): the storefront routes check them without the database query and the permission engine
 * that users-permissions runs on every anonymous request.
 */
export const createPublicAccessService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { actions: Promise<Set<string>>; readAt: number } | null = null;

  strapi.db.lifecycles.subscribe((event) => {
    if (WRITE_ACTIONS.has(event.action) && (event.model.uid === PERMISSION || event.model.uid === ROLE)) {
      cached = null;
    }
  });

  async function read(): Promise<Set<string>> {
    if (strapi.plugin('users-permissions') === undefined) {
      return new Set();
    }
    const rows = (await strapi.db.query(PERMISSION).findMany({
      where: { role: { type: 'public' } },
      select: ['action'],
    })) as { action: string }[];
    return new Set(rows.map((row) => row.action));
  }

  /** Whether the Public role holds every one of `actions`. */
  async function allows(actions: readonly string[]): Promise<boolean> {
    if (cached === null || Date.now() - cached.readAt > MAX_AGE_MS) {
      const entry = { actions: read(), readAt: Date.now() };
      cached = entry;
      entry.actions.catch(() => {
        if (cached === entry) {
          cached = null;
        }
      });
    }
    const granted = await cached.actions;
    return actions.length > 0 && actions.every((action) => granted.has(action));
  }

  return { allows };
};

export type PublicAccessService = ReturnType<typeof createPublicAccessService>;
