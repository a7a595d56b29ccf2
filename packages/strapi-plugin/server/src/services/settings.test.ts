import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';

import type { PluginSettings } from '../../../shared/contracts/settings';
import { DEFAULT_SETTINGS } from '../validation/defaultSettings';
import type { PluginServices } from './Collaborators';
import { createSettingsService } from './settings';

// The demo CMS's product content type, which the default mapping fits, and a second one with other names.
const CONTENT_TYPES = {
  'api::product.product': {
    attributes: {
      slug: { type: 'uid' },
      title: { type: 'string' },
      price: { type: 'decimal' },
      currency: { type: 'string' },
      image: { type: 'media' },
      category: { type: 'relation', relation: 'manyToOne' },
      brand: { type: 'string' },
      tags: { type: 'json' },
      description: { type: 'text' },
      launchDate: { type: 'date' },
      stock: { type: 'integer' },
    },
  },
  'api::article.article': {
    attributes: { sku: { type: 'string' }, headline: { type: 'string' }, body: { type: 'richtext' } },
  },
};

/** Strapi's core store for the plugin, in memory, and the content types the mapping is checked against. */
function service(stored: unknown = null) {
  let value = stored;
  let storeReads = 0;
  const saved: unknown[] = [];
  const strapi = {
    contentTypes: CONTENT_TYPES,
    store: ({ type, name }: { type: string; name: string }) => {
      if (type !== 'plugin' || name !== 'recommendations')
        throw new Error(`not the plugin's store: ${type} ${name}`);
      return {
        get: async ({ key }: { key: string }) => {
          storeReads += 1;
          return key === 'settings' ? value : null;
        },
        set: async ({ key, value: next }: { key: string; value: unknown }) => {
          if (key !== 'settings') throw new Error(`unexpected key ${key}`);
          value = next;
          saved.push(next);
        },
      };
    },
  } as unknown as Core.Strapi;
  const published: string[] = [];
  const deps = {
    cluster: { publish: async (topic: string) => void published.push(topic) },
  } as unknown as Pick<PluginServices, 'cluster'>;
  const heard: PluginSettings[] = [];
  const settings = createSettingsService({ strapi, deps });
  settings.onChange((next) => heard.push(next));
  return {
    settings,
    saved,
    published,
    heard,
    storeReads: () => storeReads,
    // What another instance writing to the shared store looks like from here.
    storeFromElsewhere: (next: unknown) => (value = next),
  };
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(errors.ValidationError);
  return (error as Error).message;
};

describe('the settings service (in-memory store and cluster)', () => {
  it('serves the defaults of a fresh install', async () => {
    const { settings } = service();

    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges what is stored over the defaults, field by field', async () => {
    const { settings } = service({
      catalog: { fields: { availability: null, brand: 'maker' } },
      training: { memoryLimitMb: 512 },
    });

    const current = await settings.get();

    expect(current.catalog.contentType).toBe(DEFAULT_SETTINGS.catalog.contentType);
    expect(current.catalog.fields).toEqual({
      ...DEFAULT_SETTINGS.catalog.fields,
      availability: null,
      brand: 'maker',
    });
    expect(current.training).toEqual({ ...DEFAULT_SETTINGS.training, memoryLimitMb: 512 });
    expect(current.events).toEqual(DEFAULT_SETTINGS.events);
  });

  it('reads the store once, then answers from memory', async () => {
    const { settings, storeReads } = service();

    await settings.get();
    await settings.get();

    expect(storeReads()).toBe(1);
  });

  it('saves a valid change, serves it at once, and tells listeners and the other instances', async () => {
    const { settings, saved, published, heard } = service();

    const next = await settings.update({ training: { schedule: null }, events: { rateLimitPerMinute: 60 } });

    expect(next.training).toEqual({ ...DEFAULT_SETTINGS.training, schedule: null });
    expect(next.events.rateLimitPerMinute).toBe(60);
    expect(saved).toEqual([next]);
    expect(await settings.get()).toEqual(next);
    expect(heard).toEqual([next]);
    expect(published).toEqual(['config']);
  });

  it('replaces the engine configuration as a whole rather than merging it', async () => {
    const { settings } = service({ engine: { windows: { trendingDays: 3 } } });

    const next = await settings.update({ engine: { windows: { bestSellingDays: 14 } } });

    expect(next.engine).toEqual({ windows: { bestSellingDays: 14 } });
  });

  it('refuses, naming the field, input of the wrong shape, and saves nothing', async () => {
    const { settings, saved, published, heard } = service();

    expect(await rejection(settings.update({ events: { rateLimitPerMinute: 0 } }))).toContain(
      'rateLimitPerMinute',
    );
    expect(await rejection(settings.update({ training: { schedule: 'hourly' } }))).toContain('cron');

    expect(saved).toEqual([]);
    expect(published).toEqual([]);
    expect(heard).toEqual([]);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a mapping that does not fit the content type, and a content type that does not exist', async () => {
    const { settings, saved } = service();

    expect(await rejection(settings.update({ catalog: { fields: { price: 'title' } } }))).toBe(
      'catalog.fields.price: "title" of api::product.product is a string attribute, expected integer or biginteger or float or decimal',
    );
    // Switching content type keeps the old field names unless they are mapped again: they do not fit the new one.
    expect(
      await rejection(
        settings.update({ catalog: { contentType: 'api::article.article', fields: { id: 'sku' } } }),
      ),
    ).toContain('catalog.fields.title: "title" is not an attribute of api::article.article');
    expect(await rejection(settings.update({ catalog: { contentType: 'api::gone.gone' } }))).toBe(
      'catalog.contentType: "api::gone.gone" is not a content type of this Strapi',
    );
    expect(saved).toEqual([]);
  });

  it('takes a switch to another content type mapped in full', async () => {
    const { settings } = service();
    const fields = {
      id: 'sku',
      title: 'headline',
      description: 'body',
      price: null,
      currency: null,
      image: null,
      category: null,
      brand: null,
      tags: null,
      launchDate: null,
      availability: null,
    };

    const next = await settings.update({ catalog: { contentType: 'api::article.article', fields } });

    expect(next.catalog).toEqual({ contentType: 'api::article.article', fields });
  });

  it("refuses an engine configuration the engine refuses, with the engine's reason", async () => {
    const { settings } = service();

    expect(await rejection(settings.update({ engine: { windows: { trendingDays: 0 } } }))).toMatch(
      /^engine: .*windows\.trendingDays (?!is not an option)/,
    );
  });

  it('checks a change without saving or announcing it', async () => {
    const { settings, saved, published, heard } = service();

    const checked = await settings.check({ events: { pseudonymizeUserIds: true } });

    expect(checked.events.pseudonymizeUserIds).toBe(true);
    expect((await settings.get()).events.pseudonymizeUserIds).toBe(false);
    expect(saved).toEqual([]);
    expect(published).toEqual([]);
    expect(heard).toEqual([]);
  });

  it('reads the store again on reload, telling listeners only when the settings differ', async () => {
    const { settings, heard, storeFromElsewhere } = service();
    await settings.get();

    await settings.reload();
    expect(heard).toEqual([]);

    storeFromElsewhere({ events: { rateLimitPerMinute: 30 } });
    await settings.reload();

    expect((await settings.get()).events.rateLimitPerMinute).toBe(30);
    expect(heard.map((next) => next.events.rateLimitPerMinute)).toEqual([30]);
  });
});
