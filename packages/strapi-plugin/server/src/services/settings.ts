import { resolveConfig } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { PluginSettings } from '../../../shared/contracts/settings';
import { DEFAULT_SETTINGS } from '../validation/defaultSettings';
import { formatZodError } from '../validation/formatZodError';
import { settingsUpdateSchema } from '../validation/settingsUpdateSchema';
import type { AttributeShape } from '../validation/validateCatalogMapping';
import { validateCatalogMapping } from '../validation/validateCatalogMapping';
import type { Collaborators } from './Collaborators';

type Listener = (settings: PluginSettings) => void;

/** The plugin's settings, kept in Strapi's core store and cached; every change is validated as a whole. */
export const createSettingsService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'cluster'>;
}) => {
  const store = strapi.store({ type: 'plugin', name: 'recommendations' });
  let cached: PluginSettings | null = null;
  const listeners: Listener[] = [];

  async function get(): Promise<PluginSettings> {
    if (cached === null) {
      const stored = (await store.get({ key: 'settings' })) as Partial<PluginSettings> | null;
      cached = merge(DEFAULT_SETTINGS, stored ?? {});
    }
    return cached;
  }

  /** The settings a partial update would give, validated but not saved; throws like `update`. */
  async function check(input: unknown): Promise<PluginSettings> {
    const parsed = settingsUpdateSchema.safeParse(input);
    if (!parsed.success) {
      throw new errors.ValidationError(formatZodError(parsed.error));
    }
    const current = await get();
    // The engine configuration is replaced whole (merge does so), not merged option by option.
    const next = merge(current, parsed.data as Partial<PluginSettings>);
    assertValid(next);
    return next;
  }

  /** Applies a partial update; throws a ValidationError naming each field that does not fit. */
  async function update(input: unknown): Promise<PluginSettings> {
    const next = await check(input);
    await store.set({ key: 'settings', value: next });
    cached = next;
    for (const listener of listeners) {
      listener(next);
    }
    await deps.cluster.publish('config');
    return next;
  }

  /** Throws a ValidationError when the catalog mapping or the engine configuration does not fit. */
  function assertValid(settings: PluginSettings): void {
    const { contentType, fields } = settings.catalog;
    const schema = strapi.contentTypes[contentType as keyof typeof strapi.contentTypes] as
      { attributes: Record<string, AttributeShape> } | undefined;
    if (schema === undefined) {
      throw new errors.ValidationError(
        `catalog.contentType: "${contentType}" is not a content type of this Strapi`,
      );
    }
    const problems = validateCatalogMapping(contentType, schema.attributes, fields);
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.join('; '));
    }
    try {
      resolveConfig(settings.engine);
    } catch (error) {
      throw new errors.ValidationError(`engine: ${(error as Error).message}`);
    }
  }

  /** Reads the stored settings again (another instance may have changed them); listeners hear of a change. */
  async function reload(): Promise<void> {
    const before = cached;
    cached = null;
    const next = await get();
    if (before !== null && JSON.stringify(before) !== JSON.stringify(next)) {
      for (const listener of listeners) {
        listener(next);
      }
    }
  }

  function onChange(listener: Listener): void {
    listeners.push(listener);
  }

  return { get, check, update, reload, onChange };
};

export type SettingsService = ReturnType<typeof createSettingsService>;

function merge(base: PluginSettings, patch: Partial<PluginSettings>): PluginSettings {
  return {
    catalog: {
      contentType: patch.catalog?.contentType ?? base.catalog.contentType,
      fields: { ...base.catalog.fields, ...patch.catalog?.fields },
    },
    training: { ...base.training, ...patch.training },
    engine: patch.engine ?? base.engine,
    events: { ...base.events, ...patch.events },
  };
}
