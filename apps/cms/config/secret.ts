import type { Core } from '@strapi/strapi';

/**
 * A secret from the environment. Outside production a fixed development value is used so that the demo and the
 * tests run without set-up; in production a missing secret stops the boot.
 */
export function secret(
  env: Core.Config.Shared.ConfigParams['env'],
  name: string,
  developmentValue: string,
): string {
  const value = env(name, '');
  if (value !== '') {
    return value;
  }
  if (env('NODE_ENV', 'development') === 'production') {
    throw new Error(`aisle-cms: set ${name} in the environment (it has no default in production)`);
  }
  return developmentValue;
}
