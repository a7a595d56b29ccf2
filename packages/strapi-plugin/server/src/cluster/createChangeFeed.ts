import { randomUUID } from 'node:crypto';

import type { Knex } from './isPostgres';

import { isPostgres } from './isPostgres';

const CHANNEL = 'aisle_changes';
const RECONNECT_MS = 1000;

/** What an instance tells the others: a new model, new events, or a change of settings, rules or lists. */
export type ChangeTopic = 'model' | 'events' | 'config' | 'catalog';

export interface Change {
  topic: ChangeTopic | 'poll';
  /** The model version, for `model`. */
  version?: number;
}

export interface ChangeFeed {
  /** Tells every other instance (and this one's subscribers, at once). */
  publish(change: { topic: ChangeTopic; version?: number }): Promise<void>;
  /** Calls `listener` for each change, and with `poll` every poll interval (the safety net of notifications). */
  subscribe(listener: (change: Change) => void): void;
  /** This process's id in the deployment. */
  readonly instanceId: string;
  stop(): Promise<void>;
}

interface RawListener {
  query(text: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
  removeAllListeners(): void;
}

interface KnexClientWithRaw {
  acquireRawConnection(): Promise<RawListener>;
  destroyRawConnection(connection: RawListener): Promise<void>;
}

/**
 * Changes between the instances of a deployment: PostgreSQL LISTEN/NOTIFY on a connection of its own
 * (reconnected when it drops), and a poll every `pollMs` as the safety net for notifications lost while it
 * was down. On SQLite there is one instance: changes reach this process's subscribers directly.
 */
export function createChangeFeed(
  knex: Knex,
  { pollMs, onError }: { pollMs: number; onError: (message: string) => void },
): ChangeFeed {
  const instanceId = randomUUID();
  const listeners: ((change: Change) => void)[] = [];
  const postgres = isPostgres(knex);
  let stopped = false;
  let connection: RawListener | null = null;
  const client = knex.client as unknown as KnexClientWithRaw;

  const dispatch = (change: Change) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        onError(`a change listener failed: ${(error as Error).message}`);
      }
    }
  };

  async function listen(): Promise<void> {
    if (stopped) return;
    try {
      const next = await client.acquireRawConnection();
      next.on('notification', (message) => {
        if (message.channel !== CHANNEL || message.payload === undefined) return;
        try {
          const parsed = JSON.parse(message.payload) as Change & { from?: string };
          if (parsed.from !== instanceId) dispatch({ topic: parsed.topic, version: parsed.version });
        } catch {
          onError(`an unreadable notification on ${CHANNEL}`);
        }
      });
      const reconnect = () => {
        next.removeAllListeners();
        if (connection === next) connection = null;
        if (!stopped) setTimeout(() => void listen(), RECONNECT_MS).unref();
      };
      next.on('error', reconnect);
      next.on('end', reconnect);
      await next.query(`LISTEN ${CHANNEL}`);
      connection = next;
      // Whatever was missed while not listening is found by the subscribers' own checks.
      dispatch({ topic: 'poll' });
    } catch (error) {
      onError(`cannot listen for changes (${(error as Error).message}); polling meanwhile`);
      if (!stopped) setTimeout(() => void listen(), RECONNECT_MS * 5).unref();
    }
  }

  const timer = setInterval(() => dispatch({ topic: 'poll' }), pollMs);
  timer.unref();
  if (postgres) void listen();

  return {
    instanceId,
    async publish(change) {
      dispatch(change);
      if (postgres) {
        await knex.raw('SELECT pg_notify(?, ?)', [CHANNEL, JSON.stringify({ ...change, from: instanceId })]);
      }
    },
    subscribe(listener) {
      listeners.push(listener);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      const open = connection;
      connection = null;
      if (open !== null) {
        open.removeAllListeners();
        await client.destroyRawConnection(open).catch(() => undefined);
      }
    },
  };
}
