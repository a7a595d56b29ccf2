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
  await strapi.service('admin::user').create({
    firstname: input.firstname ?? 'Demo',
    lastname: input.lastname ?? 'Admin',
    email,
    password: input.password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return true;
}
