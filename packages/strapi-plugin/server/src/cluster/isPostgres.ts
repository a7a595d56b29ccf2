import type { Core } from '@strapi/strapi';

/** The database connection Strapi opened (a Knex instance). */
export type Knex = Core.Strapi['db']['connection'];

/** Whether the database is PostgreSQL (several instances may share it) rather than SQLite (one instance). */
export function isPostgres(knex: Knex): boolean {
  const client = String((knex.client as { config?: { client?: unknown } }).config?.client ?? '');
  return client === 'postgres' || client === 'pg' || client === 'postgresql';
}
