import type { RuleSet } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { StoredRuleSet } from '../../../shared/contracts/rule-sets';
import { UID } from '../utils/uids';
import type { ParsedRuleSet } from '../validation/ruleSetSchema';
import type { Collaborators } from './Collaborators';

interface Row {
  id: number;
  name: string | null;
  list: string;
  enabled: boolean;
  definition: Omit<RuleSet, 'id'>;
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** Merchandising rule sets, handed to the engine with every served list; the enabled ones are cached. */
export const createRulesService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'cluster'>;
}) => {
  const query = () => strapi.db.query(UID.ruleSet);
  let activeCache: RuleSet[] | null = null;

  async function active(): Promise<RuleSet[]> {
    if (activeCache === null) {
      const rows = (await query().findMany({ where: { enabled: true }, orderBy: { id: 'asc' } })) as Row[];
      activeCache = rows.map((row) => toStored(row).definition);
    }
    return activeCache;
  }

  async function findAll(): Promise<StoredRuleSet[]> {
    const rows = (await query().findMany({ orderBy: { id: 'asc' } })) as Row[];
    return rows.map(toStored);
  }

  async function findOne(id: number): Promise<StoredRuleSet | null> {
    const row = (await query().findOne({ where: { id } })) as Row | null;
    return row === null ? null : toStored(row);
  }

  async function create(input: ParsedRuleSet): Promise<StoredRuleSet> {
    const row = (await query().create({ data: toData(input) })) as Row;
    await changed();
    return toStored(row);
  }

  async function update(id: number, input: ParsedRuleSet): Promise<StoredRuleSet | null> {
    if ((await query().findOne({ where: { id } })) === null) {
      return null;
    }
    const row = (await query().update({ where: { id }, data: toData(input) })) as Row;
    await changed();
    return toStored(row);
  }

  async function remove(id: number): Promise<boolean> {
    const row = await query().delete({ where: { id } });
    if (row === null) {
      return false;
    }
    await changed();
    return true;
  }

  /** The enabled rule sets are read again at the next request (on every instance). */
  function invalidate(): void {
    activeCache = null;
  }

  async function changed(): Promise<void> {
    invalidate();
    await deps.cluster.publish('config');
  }

  return { active, findAll, findOne, create, update, remove, invalidate };
};

export type RulesService = ReturnType<typeof createRulesService>;

function toData(input: ParsedRuleSet): Record<string, unknown> {
  const { enabled, ...rules } = input;
  const definition: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    if (value !== undefined && value !== null) {
      definition[key] = value;
    }
  }
  return { name: input.name ?? null, list: input.list, enabled, definition };
}

function toStored(row: Row): StoredRuleSet {
  return {
    id: row.id,
    enabled: Boolean(row.enabled),
    definition: { ...row.definition, id: String(row.id) },
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
