import type { Core } from '@strapi/strapi';

export interface AdminUserInput {
  email: string;
  password: string;
  firstname?: string;
  lastname?: string;
}

/**
 * Creates an active Super Admin with these credentials unless an admin with that email exists already (whose
 * password is then left as it is: a merchant may have changed it). Returns whether it created one.
 */
export async function ensureAdminUser(strapi: Core.Strapi, input: AdminUserInput): Promise<boolean> {
  const email = input.email.toLowerCase();
  const existing = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
  if (existing !== null) {
    return false;
  }
  const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as { id: number } | null;
  if (superAdmin === null) {
    throw new Error('aisle-cms seed: the Super Admin role does not exist (the admin plugin did not boot)');
  }
  // Written directly, with the admin's own password hashing: admin::user's create() also counts the admins for
  // Strapi's metrics without waiting, a query that outlives the seed's database pool (on PostgreSQL a
  // KnexTimeoutError after "done", and a failed exit).
  const hashPassword = strapi.service('admin::auth').hashPassword as (password: string) => Promise<string>;
  await strapi.db.query('admin::user').create({
    data: {
      firstname: input.firstname ?? 'Demo',
      lastname: input.lastname ?? 'Admin',
      email,
      password: await hashPassword(input.password),
      isActive: true,
      blocked: false,
      registrationToken: null,
      roles: [superAdmin.id],
    },
  });
  return true;
}
