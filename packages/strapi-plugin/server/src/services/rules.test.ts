import { recommend, train } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';

import { UID } from '../utils/uids';
import { ruleSetSchema } from '../validation/ruleSetSchema';
import type { PluginServices } from './Collaborators';
import { createRulesService } from './rules';

type Row = Record<string, unknown> & { id: number };

/** The rule-set table in memory, answering the queries the service makes, and counting its reads. */
function inMemoryRuleSets() {
  const rows: Row[] = [];
  let nextId = 1;
  let reads = 0;
  const matches = (row: Row, where: Record<string, unknown> = {}) =>
    Object.entries(where).every(([key, value]) => row[key] === value);
  const query = {
    findMany: async ({ where }: { where?: Record<string, unknown> }) => {
      reads += 1;
      return rows.filter((row) => matches(row, where)).sort((a, b) => a.id - b.id);
    },
    findOne: async ({ where }: { where: Record<string, unknown> }) =>
      rows.find((row) => matches(row, where)) ?? null,
    create: async ({ data }: { data: Record<string, unknown> }) => {
      const now = new Date();
      const row = { ...data, id: nextId++, createdAt: now, updatedAt: now };
      rows.push(row);
      return row;
    },
    update: async ({ where, data }: { where: { id: number }; data: Record<string, unknown> }) => {
      const index = rows.findIndex((row) => row.id === where.id);
      rows[index] = { ...rows[index]!, ...data, updatedAt: new Date() };
      return rows[index];
    },
    delete: async ({ where }: { where: { id: number } }) => {
      const index = rows.findIndex((row) => row.id === where.id);
      return index === -1 ? null : rows.splice(index, 1)[0];
    },
  };
  const strapi = {
    db: {
      query: (uid: string) => {
        if (uid !== UID.ruleSet) throw new Error(`the rules service has no business with ${uid}`);
        return query;
      },
    },
  } as unknown as Core.Strapi;
  return { strapi, rows, reads: () => reads };
}

function service() {
  const table = inMemoryRuleSets();
  const published: string[] = [];
  const deps = {
    cluster: { publish: async (topic: string) => void published.push(topic) },
  } as unknown as Pick<PluginServices, 'cluster'>;
  return { rules: createRulesService({ strapi: table.strapi, deps }), table, published };
}

const parsed = (input: unknown) => ruleSetSchema.parse(input);

describe('the rules service (in-memory table and cluster)', () => {
  it("stores a rule set as the engine's definition: the stored id as its id, no enabled flag, no empty fields", async () => {
    const { rules } = service();

    const stored = await rules.create(
      parsed({
        name: 'Knives first',
        list: 'best-selling',
        pins: [{ productId: 'p3', position: 1 }],
        activeUntil: null,
      }),
    );

    expect(stored.enabled).toBe(true);
    expect(stored.definition).toEqual({
      id: String(stored.id),
      name: 'Knives first',
      list: 'best-selling',
      pins: [{ productId: 'p3', position: 1 }],
    });
    expect(await rules.findOne(stored.id)).toEqual(stored);
    expect(await rules.findOne(stored.id + 1)).toBeNull();
  });

  it('hands the engine the enabled rule sets only, oldest first', async () => {
    const { rules } = service();
    const first = await rules.create(parsed({ list: 'trending', limit: 3 }));
    await rules.create(parsed({ list: 'trending', limit: 4, enabled: false }));
    const third = await rules.create(parsed({ list: '*', limit: 5 }));

    expect((await rules.active()).map((ruleSet) => ruleSet.id)).toEqual([String(first.id), String(third.id)]);
    expect((await rules.findAll()).map((ruleSet) => ruleSet.enabled)).toEqual([true, false, true]);
  });

  it('reads the enabled rule sets once until they change', async () => {
    const { rules, table } = service();
    await rules.create(parsed({ list: 'trending', limit: 3 }));
    await rules.active();
    await rules.active();
    expect(table.reads()).toBe(1);

    // Another instance changed them: only the cluster's notification tells this one.
    table.rows[0]!.enabled = false;
    expect(await rules.active()).toHaveLength(1);
    rules.invalidate();
    expect(await rules.active()).toEqual([]);
  });

  it('serves the change at once after each create, update and delete, and tells the other instances', async () => {
    const { rules, published } = service();
    const created = await rules.create(parsed({ list: 'trending', limit: 3 }));
    expect((await rules.active()).map((ruleSet) => ruleSet.limit)).toEqual([3]);

    await rules.update(created.id, parsed({ list: 'trending', limit: 7 }));
    expect((await rules.active()).map((ruleSet) => ruleSet.limit)).toEqual([7]);

    await rules.update(created.id, parsed({ list: 'trending', limit: 7, enabled: false }));
    expect(await rules.active()).toEqual([]);

    await rules.update(created.id, parsed({ list: 'trending', limit: 7 }));
    expect(await rules.active()).toHaveLength(1);
    expect(await rules.remove(created.id)).toBe(true);
    expect(await rules.active()).toEqual([]);

    expect(published).toEqual(['config', 'config', 'config', 'config', 'config']);
  });

  it('answers null when updating and false when deleting a rule set that does not exist', async () => {
    const { rules, published } = service();

    expect(await rules.update(42, parsed({ list: 'trending', limit: 3 }))).toBeNull();
    expect(await rules.findAll()).toEqual([]);
    expect(await rules.remove(42)).toBe(false);
    // Nothing changed: the other instances are not asked to read the rule sets again.
    expect(published).toEqual([]);
  });

  it('keeps the schedule of a rule set, so that the engine applies it only in its window', async () => {
    const { rules } = service();
    await rules.create(
      parsed({
        list: 'best-selling',
        pins: [{ productId: 'least-sold', position: 1 }],
        activeFrom: '2030-01-01T00:00:00.000Z',
        activeUntil: '2030-01-02T00:00:00.000Z',
      }),
    );
    const products = ['most-sold', 'least-sold'].map((id) => ({ id, title: id }));
    const purchases = ['most-sold', 'most-sold', 'least-sold'].map((productId, index) => ({
      userId: `u${index}`,
      productId,
      type: 'purchase' as const,
      timestamp: Date.parse('2029-12-31T00:00:00.000Z'),
    }));
    const model = train(products, purchases);
    // Best-selling counts recent sales only: the times stay within days of the purchases.
    const firstAt = async (time: string) =>
      recommend(
        model,
        { list: 'best-selling', limit: 2, now: Date.parse(time) },
        { ruleSets: await rules.active() },
      ).items[0]?.id;

    expect(await firstAt('2029-12-31T23:59:59.000Z')).toBe('most-sold');
    expect(await firstAt('2030-01-01T12:00:00.000Z')).toBe('least-sold');
    expect(await firstAt('2030-01-02T00:00:00.000Z')).toBe('most-sold');
  });
});
