import path from 'node:path';

import type { Core } from '@strapi/strapi';

/**
 * SQLite in `.tmp/` by default (nothing to set up); PostgreSQL when DATABASE_CLIENT=postgres, from DATABASE_URL
 * or DATABASE_HOST, DATABASE_PORT, DATABASE_NAME, DATABASE_USERNAME and DATABASE_PASSWORD.
 */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'aisle'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false),
          // node-postgres lets the parts of the URL win over the fields above.
          ...(url !== '' ? { connectionString: url } : {}),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`aisle-cms: DATABASE_CLIENT "${client}" is not supported (use sqlite or postgres)`);
  }
  return {
    connection: {
      client: 'sqlite',
      // Relative to the app's root: this file runs from dist/config.
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', path.join('.tmp', 'data.db'))),
      },
      useNullAsDefault: true,
    },
  };
};
