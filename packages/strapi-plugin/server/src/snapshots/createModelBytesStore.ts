import type { Core } from '@strapi/strapi';

import { BLOB_TABLE, PARTS_TABLE } from '../cluster/clusterTables';
import type { Knex } from '../cluster/isPostgres';

/**
 * A serialized model is stored in parts of at most this many bytes. PostgreSQL sends a bytea value as hex text,
 * which node-postgres turns into one string before decoding it: a value of more than about 268 MB (the large
 * store's model is 309 MB) exceeds V8's longest string and crashed the process that read it. Parts keep every
 * value far below that, and reading them one by one into the model's buffer holds one part of overhead at a time.
 */
export const DEFAULT_PART_BYTES = 16 * 1024 * 1024;

/** `AISLE_SNAPSHOT_PART_BYTES` when an operator (or a test that wants many parts) sets it, else the default. */
export function partBytesFromEnv(value = process.env.AISLE_SNAPSHOT_PART_BYTES): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed >= 1024 ? parsed : DEFAULT_PART_BYTES;
}

export interface ModelBytesStore {
  /** Stores a snapshot's bytes, inside the caller's transaction (with its snapshot row: both or neither). */
  write(trx: Knex, version: number, bytes: Uint8Array): Promise<void>;
  /** A snapshot's bytes, or null when none are stored (a snapshot from before bytes had tables: text in its row). */
  read(version: number): Promise<Uint8Array | null>;
  /** Deletes the bytes of every version below `version`. */
  deleteBelow(version: number): Promise<void>;
  /** Deletes bytes whose ready snapshot row is gone (pruned, or left by an instance that died before pruning). */
  deleteOrphans(): Promise<void>;
}

/**
 * The one owner of the tables that hold serialized models: `aisle_model_parts` (version, part, bytes), and
 * `aisle_model_blobs`, one row per version as stored before parts, still read and deleted.
 */
export function createModelBytesStore(
  strapi: Core.Strapi,
  { partBytes = partBytesFromEnv() }: { partBytes?: number } = {},
): ModelBytesStore {
  const knex = () => strapi.db.connection;

  async function readParts(version: number): Promise<Uint8Array | null> {
    const sizes = (await knex()(PARTS_TABLE)
      .where({ version })
      .orderBy('part')
      .select('part', knex().raw('length(bytes) as size'))) as { part: number; size: number | string }[];
    if (sizes.length === 0) {
      return null;
    }
    const total = sizes.reduce((sum, row) => sum + Number(row.size), 0);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const { part, size } of sizes) {
      const row = (await knex()(PARTS_TABLE).where({ version, part }).first('bytes')) as
        { bytes: Buffer } | undefined;
      if (row === undefined || row.bytes.byteLength !== Number(size)) {
        throw new Error(`model snapshot ${version}: part ${part} changed while it was read`);
      }
      bytes.set(row.bytes, offset);
      offset += row.bytes.byteLength;
    }
    return bytes;
  }

  return {
    async write(trx, version, bytes) {
      await trx(PARTS_TABLE).where({ version }).delete();
      await trx(BLOB_TABLE).where({ version }).delete();
      for (let part = 0, start = 0; start < bytes.byteLength || part === 0; part++, start += partBytes) {
        const end = Math.min(bytes.byteLength, start + partBytes);
        // A view, not a copy: the driver sends it as it is.
        const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
        await trx(PARTS_TABLE).insert({ version, part, bytes: chunk });
      }
    },

    async read(version) {
      const parts = await readParts(version);
      if (parts !== null) {
        return parts;
      }
      const blob = (await knex()(BLOB_TABLE).where({ version }).first('bytes')) as
        { bytes: Buffer } | undefined;
      return blob === undefined
        ? null
        : new Uint8Array(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    },

    async deleteBelow(version) {
      await knex()(PARTS_TABLE).where('version', '<', version).delete();
      await knex()(BLOB_TABLE).where('version', '<', version).delete();
    },

    async deleteOrphans() {
      for (const table of [PARTS_TABLE, BLOB_TABLE]) {
        await knex()(table)
          .whereNotIn('version', knex()('aisle_model_snapshots').select('version').where({ status: 'ready' }))
          .delete();
      }
    },
  };
}
