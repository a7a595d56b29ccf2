import type { Core } from '@strapi/strapi';
import type supertest from 'supertest';

export interface AdminCredentials {
  email: string;
  password: string;
}

interface Role {
  id: number;
}

/**
 * Creates an active admin user with the given plugin permissions (`super` for the Super Admin role, an array of
 * action ids for a new role holding exactly those) and logs in through the real /admin/login route.
 * Returns the bearer token.
 */
export async function createAdmin(
  strapi: Core.Strapi,
  http: () => supertest.Agent,
  name: string,
  permissions: 'super' | string[],
): Promise<string> {
  const roleService = strapi.service('admin::role');
  let role: Role;
  if (permissions === 'super') {
    role = (await roleService.getSuperAdmin()) as Role;
  } else {
    role = (await roleService.create({ name: `role-${name}`, description: `test role ${name}` })) as Role;
    await roleService.assignPermissions(
      role.id,
      permissions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    );
  }
  const credentials: AdminCredentials = { email: `${name}@aisle.test`, password: 'Aisle-test-123' };
  await strapi.service('admin::user').create({
    firstname: name,
    lastname: 'Test',
    email: credentials.email,
    password: credentials.password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const response = await http().post('/admin/login').send(credentials);
  const token = (response.body as { data?: { token?: string; accessToken?: string } }).data;
  const bearer = token?.accessToken ?? token?.token;
  if (response.status !== 200 || bearer === undefined) {
    throw new Error(`aisle tests: admin login failed (${response.status}): ${JSON.stringify(response.body)}`);
  }
  return bearer;
}
