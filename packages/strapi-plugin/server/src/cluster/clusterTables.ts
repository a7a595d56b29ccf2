import type { Knex } from './isPostgres';

/** Key-value counters shared by every instance (training requests and completions). */
export const STATE_TABLE = 'aisle_cluster_state';
/** Values created once for the whole deployment (the pseudonymization secret): the first instance's stays. */
export const VALUES_TABLE = 'aisle_cluster_values';
/** Shoppers forgotten since the serving model's training: served as strangers until a training without them. */
export const FORGOTTEN_TABLE = 'aisle_forgotten_users';
/**
 * Which shopper already did what with which product on which day (a hash of the three and the day): a browsing
 * event repeated the same day is not stored again, so one session cannot steer trending or the performance figures.
 */
export const FIRSTS_TABLE = 'aisle_event_firsts';
/** Rate limits' counts per client (a hash) and window, added to by every instance. */
export const RATE_TABLE = 'aisle_rate_windows';
/** Serialized models as bytes (bytea on PostgreSQL, blob on SQLite), one row per snapshot version: as stored before parts. */
export const BLOB_TABLE = 'aisle_model_blobs';
/** Serialized models as bytes in parts (see `createModelBytesStore`), rows (version, part). */
export const PARTS_TABLE = 'aisle_model_parts';

/**
 * The plugin's own tables, which Strapi's content types cannot declare (no binary attribute, no upsert).
 * Instances that boot together may race to create them: a loser re-checks instead of failing.
 */
export async function ensureClusterTables(knex: Knex): Promise<void> {
  const create = async (name: string, build: Parameters<Knex['schema']['createTable']>[1]) => {
    if (await knex.schema.hasTable(name)) return;
    try {
      await knex.schema.createTable(name, build);
    } catch (error) {
      if (!(await knex.schema.hasTable(name))) throw error;
    }
  };
  await create(STATE_TABLE, (table) => {
    table.string('key', 64).primary();
    table.bigInteger('value').notNullable();
  });
  await create(VALUES_TABLE, (table) => {
    table.string('key', 64).primary();
    table.text('value').notNullable();
  });
  await create(FORGOTTEN_TABLE, (table) => {
    table.string('user_key', 200).primary();
    table.bigInteger('forgotten_at').notNullable();
  });
  await create(FIRSTS_TABLE, (table) => {
    table.string('key', 64).primary();
    table.integer('day').notNullable().index();
  });
  await create(RATE_TABLE, (table) => {
    table.string('key', 64).notNullable();
    table.bigInteger('window_index').notNullable().index();
    table.integer('hits').notNullable();
    table.primary(['key', 'window_index']);
  });
  await create(BLOB_TABLE, (table) => {
    table.integer('version').primary();
    table.binary('bytes').notNullable();
  });
  await create(PARTS_TABLE, (table) => {
    table.integer('version').notNullable();
    table.integer('part').notNullable();
    table.binary('bytes').notNullable();
    table.primary(['version', 'part']);
  });
}
