import type { Core } from '@strapi/strapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createPublicAccessService } from './publicAccess';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';
const LISTS = 'plugin::recommendations.lists.find';
const EVENTS = 'plugin::recommendations.events.create';

/**
 * users-permissions' permission table in memory (each permission with its role's type), its lifecycles, and
 * whether the plugin is installed at all.
 */
function service({ installed = true } = {}) {
  const permissions: { action: string; role: { type: string } }[] = [];
  let reads = 0;
  let failNextRead = false;
  const listeners: ((event: { action: string; model: { uid: string } }) => void)[] = [];
  const strapi = {
    plugin: (name: string) => (installed && name === 'users-permissions' ? {} : undefined),
    db: {
      lifecycles: { subscribe: (listener: (typeof listeners)[number]) => listeners.push(listener) },
      query: (uid: string) => {
        if (uid !== PERMISSION) throw new Error(`the public access service has no business with ${uid}`);
        return {
          findMany: async ({ where }: { where: { role: { type: string } } }) => {
            reads += 1;
            if (failNextRead) {
              failNextRead = false;
              throw new Error('connection lost');
            }
            return permissions
              .filter((permission) => permission.role.type === where.role.type)
              .map(({ action }) => ({ action }));
          },
        };
      },
    },
  } as unknown as Core.Strapi;
  const grant = (action: string, type = 'public') => permissions.push({ action, role: { type } });
  const write = (action: string, uid: string) => {
    for (const listener of listeners) listener({ action, model: { uid } });
  };
  return {
    publicAccess: createPublicAccessService({ strapi }),
    grant,
    revokeAll: () => permissions.splice(0),
    write,
    reads: () => reads,
    failNextRead: () => (failNextRead = true),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the public access service (in-memory users-permissions)', () => {
  it('allows what the Public role holds, all of it, and nothing for an empty ask', async () => {
    const { publicAccess, grant } = service();
    grant(LISTS);
    grant(EVENTS, 'authenticated');

    expect(await publicAccess.allows([LISTS])).toBe(true);
    expect(await publicAccess.allows([LISTS, EVENTS])).toBe(false);
    expect(await publicAccess.allows([EVENTS])).toBe(false);
    // An empty ask would open a route that forgot to name its permission.
    expect(await publicAccess.allows([])).toBe(false);
  });

  it('allows nothing without the users-permissions plugin', async () => {
    const { publicAccess, grant } = service({ installed: false });
    grant(LISTS);

    expect(await publicAccess.allows([LISTS])).toBe(false);
  });

  it('reads the permissions once for many requests, and again after a permission or a role is written', async () => {
    const { publicAccess, grant, revokeAll, write, reads } = service();
    grant(LISTS);
    await publicAccess.allows([LISTS]);
    await publicAccess.allows([LISTS]);
    expect(reads()).toBe(1);

    revokeAll();
    write('afterDelete', PERMISSION);
    expect(await publicAccess.allows([LISTS])).toBe(false);

    grant(LISTS);
    write('afterUpdate', ROLE);
    expect(await publicAccess.allows([LISTS])).toBe(true);
    expect(reads()).toBe(3);
  });

  it('keeps its answer through reads of the permissions and writes to other content types', async () => {
    const { publicAccess, grant, revokeAll, write, reads } = service();
    grant(LISTS);
    await publicAccess.allows([LISTS]);

    revokeAll();
    write('afterFindMany', PERMISSION);
    write('afterCreate', 'api::product.product');

    expect(await publicAccess.allows([LISTS])).toBe(true);
    expect(reads()).toBe(1);
  });

  it('reads again after ten seconds, for changes made by another Strapi process on the database', async () => {
    const { publicAccess, grant, revokeAll } = service();
    grant(LISTS);
    await publicAccess.allows([LISTS]);

    revokeAll();
    vi.setSystemTime(10_000);
    expect(await publicAccess.allows([LISTS])).toBe(true);
    vi.setSystemTime(10_001);
    expect(await publicAccess.allows([LISTS])).toBe(false);
  });

  it('does not keep a failed read: the next request tries again', async () => {
    const { publicAccess, grant, failNextRead } = service();
    grant(LISTS);
    failNextRead();

    await expect(publicAccess.allows([LISTS])).rejects.toThrow('connection lost');
    expect(await publicAccess.allows([LISTS])).toBe(true);
  });
});
