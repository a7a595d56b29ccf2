import { createServer } from 'node:net';

import { MODEL_FORMAT } from '@aisle/engine';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPostgres, type ThrowawayPostgres } from '../tests/helpers/startPostgres';
import { startInstance, type Instance } from './startInstance';

const PRODUCTS = Array.from({ length: 12 }, (_, n) => `p${String(n + 1).padStart(2, '0')}`);

let postgres: ThrowawayPostgres;
let databaseUrl: string;
const instances: Instance[] = [];
let adminToken: string;
let serverToken: string;
/** Each product's Strapi documentId, by slug. */
const documentIds = new Map<string, string>();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function call(
  instance: Instance,
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
  // Like supertest's body: the API's JSON, read field by field where a test needs it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

const admin = (instance: Instance, method: string, path: string, body?: unknown) =>
  call(instance, method, `/recommendations${path}`, { token: adminToken, body });

async function bestSelling(instance: Instance): Promise<{ ids: string[]; version: number | null }> {
  const { status, body } = await call(instance, 'GET', '/api/recommendations/lists/best-selling?limit=5');
  expect(status, JSON.stringify(body)).toBe(200);
  return {
    ids: body.data.map((item: { product: { id: string } }) => item.product.id),
    version: body.meta.modelVersion,
  };
}

/** Polls `check` until it holds; the milliseconds it took, or a failure after `timeoutMs`. */
async function within(timeoutMs: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function postEvents(instance: Instance, events: object[]): Promise<void> {
  // Purchases come from the shop's server, with its API token.
  const { status, body } = await call(instance, 'POST', '/api/recommendations/events', {
    token: serverToken,
    body: { events },
  });
  expect(status, JSON.stringify(body)).toBe(202);
}

function orders(from: number, count: number, products: (n: number) => string[]): object[] {
  const events: object[] = [];
  for (let n = from; n < from + count; n++) {
    for (const productId of products(n)) {
      events.push({
        type: 'purchase',
        productId,
        userId: `u${n % 40}`,
        orderId: `o${n}`,
        price: 10,
        quantity: 1,
      });
    }
  }
  return events;
}

async function readySnapshots(): Promise<
  { version: number; trainedAt: Date; durationMs: number; status: string }[]
> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT s.version, s.status, s.trained_at AS "trainedAt", s.duration_ms AS "durationMs", (SELECT max(p.version) FROM aisle_model_parts p WHERE p.version = s.version AND s.status = \'ready\') AS blob FROM aisle_model_snapshots s ORDER BY s.id',
    );
    for (const row of rows)
      if (row.status === 'ready') expect(row.blob, `snapshot ${row.version} has its bytes`).toBe(row.version);
    return rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  postgres = await startPostgres();
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  await client.query('CREATE DATABASE instances');
  await client.end();
  databaseUrl = postgres.url.replace(/\/postgres$/, '/instances');
  const env = { AISLE_POLL_MS: '1000' };
  // The first instance creates the schema; the others start once it has.
  const first = await startInstance('A', { port: await freePort(), databaseUrl, env });
  instances.push(first);
  const [second, third] = await Promise.all([
    freePort().then((port) => startInstance('B', { port, databaseUrl, env })),
    freePort().then((port) => startInstance('C', { port, databaseUrl, env })),
  ]);
  instances.push(second, third);

  const registered = await call(first, 'POST', '/admin/register-admin', {
    body: { firstname: 'Ops', lastname: 'Test', email: 'ops@aisle.test', password: 'Aisle-test-123' },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(200);
  adminToken = registered.body.data.token;
  const token = await call(first, 'POST', '/admin/api-tokens', {
    token: adminToken,
    body: { name: 'shop server', type: 'full-access', lifespan: null, description: 'the store checkout' },
  });
  expect(token.status, JSON.stringify(token.body)).toBe(201);
  serverToken = token.body.data.accessKey;
  for (const [n, slug] of PRODUCTS.entries()) {
    const created = await call(first, 'POST', '/api/products', {
      token: serverToken,
      body: { data: { title: `Product ${slug}`, slug, price: 10 + n, currency: 'EUR', stock: 10 } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    documentIds.set(slug, created.body.data.documentId);
  }
  // Orders pair p01 with p02 and p03 with p04; p05 sells alone, most.
  await postEvents(
    first,
    orders(0, 30, (n) => (n % 2 === 0 ? ['p01', 'p02'] : ['p03', 'p04'])),
  );
  await postEvents(
    first,
    orders(30, 40, () => ['p05']),
  );
}, 600_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  postgres?.stop();
});

describe('three instances on one PostgreSQL', () => {
  const a = () => instances[0]!;
  const b = () => instances[1]!;
  const c = () => instances[2]!;

  it('a training started on B is the version every instance serves within seconds', async () => {
    const trained = await admin(b(), 'POST', '/training');
    expect(trained.status, JSON.stringify(trained.body)).toBe(200);
    const version: number = trained.body.data.version;
    expect(version).toBe(1);
    for (const instance of [a(), c()]) {
      const ms = await within(10_000, `${instance.name} serves version ${version}`, async () => {
        return (await bestSelling(instance)).version === version;
      });
      console.log(`instance ${instance.name} served version ${version} ${ms} ms after B's training answered`);
    }
    expect((await bestSelling(a())).ids[0]).toBe('p05');
  });

  it('each instance says in its health which model it serves; all agree on one pseudonymization secret', async () => {
    const healths = await Promise.all(
      instances.map((instance) => call(instance, 'GET', '/api/recommendations/health')),
    );
    expect(healths.map((health) => health.body.data.modelVersion)).toEqual([1, 1, 1]);
    expect(new Set(healths.map((health) => health.body.data.instance)).size).toBe(3);
    const set = await admin(a(), 'PUT', '/settings', { events: { pseudonymizeUserIds: true } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    for (const instance of [b(), c()]) {
      const ms = await within(2000, `${instance.name} reads the new settings`, async () => {
        return (await admin(instance, 'GET', '/settings')).body.data.events.pseudonymizeUserIds === true;
      });
      console.log(`instance ${instance.name} read A's settings after ${ms} ms`);
    }
    for (const instance of instances) {
      await postEvents(instance, [{ type: 'view', productId: 'p06', userId: 'same-shopper' }]);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query("SELECT DISTINCT user_id FROM aisle_events WHERE product_id = 'p06'");
    await client.end();
    expect(rows).toHaveLength(1);
    expect(rows[0].user_id).not.toBe('same-shopper');
  });

  it('purchases posted to A are in best-selling on B and C within 2 s', async () => {
    await postEvents(
      a(),
      orders(100, 60, () => ['p12']),
    );
    for (const instance of [b(), c()]) {
      const ms = await within(2000, `p12 first in best-selling on ${instance.name}`, async () => {
        return (await bestSelling(instance)).ids[0] === 'p12';
      });
      console.log(`instance ${instance.name} counted A's purchases after ${ms} ms`);
    }
  });

  it('a rule set saved through A applies on C at its next request', async () => {
    const saved = await admin(a(), 'POST', '/rule-sets', {
      list: 'best-selling',
      exclude: [{ productId: 'p12' }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const ms = await within(
      1000,
      'the exclusion on C',
      async () => !(await bestSelling(c())).ids.includes('p12'),
    );
    console.log(`instance C applied A's rule set after ${ms} ms`);
    expect((await bestSelling(b())).ids).not.toContain('p12');
  });

  it('a product sold out through A leaves the lists of B and C within seconds, and comes back with its stock', async () => {
    const top = (await bestSelling(b())).ids[0]!;
    const setStock = async (stock: number) => {
      const updated = await call(a(), 'PUT', `/api/products/${documentIds.get(top)}`, {
        token: serverToken,
        body: { data: { stock } },
      });
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    };
    await setStock(0);
    try {
      const ms = await within(5000, `${top} gone from B and C`, async () => {
        const [onB, onC] = await Promise.all([bestSelling(b()), bestSelling(c())]);
        return !onB.ids.includes(top) && !onC.ids.includes(top);
      });
      console.log(`a product sold out on A left B's and C's lists after ${ms} ms`);
    } finally {
      await setStock(10);
    }
    await within(5000, `${top} back on C`, async () => (await bestSelling(c())).ids.includes(top));
  });

  it('a placement published through A is what B and C serve, and its draft is served by none', async () => {
    const created = await admin(a(), 'POST', '/placements', {
      slot: 'home-main',
      name: 'Home page',
      page: 'home',
      status: 'published',
      modules: [
        {
          key: 'best',
          variants: [{ key: 'a', source: { list: 'best-selling' }, heading: 'Best sellers', share: 100 }],
          limit: 3,
          layout: 'grid',
          scope: null,
          startsAt: null,
          endsAt: null,
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const instance of [b(), c()]) {
      const served = await call(instance, 'GET', '/api/recommendations/placements/home-main');
      expect(served.status, JSON.stringify(served.body)).toBe(200);
      expect(served.body.data.modules.map((module: { heading: string }) => module.heading)).toEqual([
        'Best sellers',
      ]);
    }
    const unpublished = await admin(a(), 'PUT', `/placements/${created.body.data.id}`, { status: 'draft' });
    expect(unpublished.status).toBe(200);
    for (const instance of [b(), c()]) {
      expect((await call(instance, 'GET', '/api/recommendations/placements/home-main')).status).toBe(404);
    }
  });

  it("a client's rate limit holds over all instances, not once per instance", async () => {
    const set = await admin(a(), 'PUT', '/settings', { events: { rateLimitPerMinute: 4 } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    try {
      await within(5000, 'the limit on every instance', async () =>
        (
          await Promise.all(
            [a(), b(), c()].map(async (instance) => (await admin(instance, 'GET', '/settings')).body),
          )
        ).every((body) => body.data.events.rateLimitPerMinute === 4),
      );
      const event = { events: [{ type: 'view', productId: 'p01', sessionId: 'rate-limited-session-1' }] };
      // Four requests on A: within the limit there, and within it on B were B counting only its own. Counted over
      // the last 60 s, so the fifth is refused wherever a minute begins in these few seconds.
      for (let request = 0; request < 4; request++) {
        expect((await call(a(), 'POST', '/api/recommendations/events', { body: event })).status).toBe(202);
      }
      // Each instance adds its counts to the database every second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const onB = await call(b(), 'POST', '/api/recommendations/events', { body: event });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const onC = await call(c(), 'POST', '/api/recommendations/events', { body: event });
      expect([onB.status, onC.status]).toEqual([429, 429]);
    } finally {
      await admin(a(), 'PUT', '/settings', { events: { rateLimitPerMinute: 600 } });
    }
  });

  it('a schedule that fires on every instance trains once per tick', async () => {
    // Versions count the trainings: pruning keeps only the newest snapshots.
    const newestVersion = (rows: { version: number }[]) => Math.max(0, ...rows.map((row) => row.version));
    const before = newestVersion(await readySnapshots());
    const set = await admin(c(), 'PUT', '/settings', { training: { schedule: '*/4 * * * * *' } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const from = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 14_000));
    const unset = await admin(a(), 'PUT', '/settings', { training: { schedule: null } });
    expect(unset.status).toBe(200);
    const to = Date.now();
    // Let a training of the last tick end before counting.
    await within(
      30_000,
      'no training running',
      async () => (await admin(a(), 'GET', '/model')).body.data.training === 'idle',
    );
    const stored = await readySnapshots();
    const trainings = newestVersion(stored) - before;
    expect(stored.filter((row) => row.status === 'failed')).toEqual([]);
    console.log(
      stored
        .filter((row) => row.version > before)
        .map(
          (row) =>
            `${row.status} ${row.version} at ${new Date(row.trainedAt).toISOString()} in ${row.durationMs} ms`,
        )
        .join('\n'),
      `\nschedule from ${new Date(from).toISOString()} to ${new Date(to).toISOString()}`,
    );
    // Ticks are every 4 s; the settings reach the other instances within a second or two.
    const ticks = (start: number, end: number) => Math.floor(end / 4000) - Math.ceil(start / 4000) + 1;
    console.log(`${trainings} trainings for ${ticks(from, to)} ticks of the schedule`);
    expect(trainings).toBeGreaterThanOrEqual(Math.max(1, ticks(from + 2000, to - 1000)));
    expect(trainings).toBeLessThanOrEqual(ticks(from - 1000, to + 1000));
  });

  it('when the instance that trains dies, another one finishes a training and the old model serves meanwhile', async () => {
    // Enough history for a training that takes seconds, stored as a shop's import would.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(
      `INSERT INTO aisle_events (type, product_id, user_id, occurred_at)
       SELECT 'view', 'p' || lpad(((n % 11) + 1)::text, 2, '0'), 'bulk' || (n / 7), ${Date.now() - 86_400_000}
       FROM generate_series(1, 400000) AS n`,
    );
    await client.end();
    const serving = (await admin(a(), 'GET', '/model')).body.data.current.version as number;
    const victim = b();
    void admin(victim, 'POST', '/training').catch(() => undefined);
    await within(
      10_000,
      'B trains',
      async () => (await admin(victim, 'GET', '/model')).body.data.training === 'running',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await admin(victim, 'GET', '/model')).body.data.training).toBe('running');
    await victim.kill();
    expect((await bestSelling(a())).version).toBe(serving);
    const ms = await within(90_000, 'another instance trains a new version', async () => {
      const [onA, onC] = await Promise.all([bestSelling(a()), bestSelling(c())]);
      return onA.version !== null && onA.version > serving && onC.version === onA.version;
    });
    console.log(`a new model served on A and C ${ms} ms after B was killed mid-training`);
    const snapshots = await readySnapshots();
    expect(new Set(snapshots.filter((row) => row.status === 'ready').map((row) => row.version)).size).toBe(
      snapshots.filter((row) => row.status === 'ready').length,
    );
  });
});

describe('an upgrade that changes the model format', () => {
  it('snapshots of the older format are retrained once for the deployment, not once per instance that boots', async () => {
    await Promise.all(instances.splice(0).map((instance) => instance.stop()));
    // As after an engine upgrade: every stored snapshot says it is of the format before this engine's.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // The header, which names the format, is at the start of the first part.
      const { rows } = await client.query('SELECT version, bytes FROM aisle_model_parts WHERE part = 0');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows as { version: number; bytes: Buffer }[]) {
        await client.query('UPDATE aisle_model_parts SET bytes = $1 WHERE version = $2 AND part = 0', [
          withOlderFormat(row.bytes),
          row.version,
        ]);
      }
    } finally {
      await client.end();
    }
    const newestVersion = (rows: { version: number; status: string }[]) =>
      Math.max(0, ...rows.filter((row) => row.status === 'ready').map((row) => row.version));
    const before = newestVersion(await readySnapshots());
    const env = { AISLE_POLL_MS: '1000' };
    instances.push(
      ...(await Promise.all(
        ['A', 'B', 'C'].map(async (name) =>
          startInstance(name, { port: await freePort(), databaseUrl, env }),
        ),
      )),
    );
    const versions = async () =>
      Promise.all(
        instances.map(
          async (instance) =>
            (await call(instance, 'GET', '/api/recommendations/health')).body.data.modelVersion as
              number | null,
        ),
      );
    const ms = await within(120_000, 'every instance serves a retrained model', async () => {
      const served = await versions();
      return served.every((version) => version !== null && version > before) && new Set(served).size === 1;
    });
    console.log(`every instance served the retrained model ${ms} ms after all three had booted`);
    // Let any second training (the bug this guards against) start and end before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await within(
      60_000,
      'no training running',
      async () => (await admin(instances[0]!, 'GET', '/model')).body.data.training === 'idle',
    );
    const stored = await readySnapshots();
    expect(stored.filter((row) => row.status === 'failed')).toEqual([]);
    expect(newestVersion(stored) - before).toBe(1);
    expect(await versions()).toEqual([before + 1, before + 1, before + 1]);
  });
});

/** The snapshot's bytes with its header's model format one below this engine's (same length: a digit). */
function withOlderFormat(bytes: Buffer): Buffer {
  const header = bytes.subarray(0, Math.min(bytes.length, 1 << 20)).toString('latin1');
  const at = header.indexOf(`"format":${MODEL_FORMAT}`);
  expect(at, 'the snapshot header names its format').toBeGreaterThan(0);
  expect(String(MODEL_FORMAT - 1).length).toBe(String(MODEL_FORMAT).length);
  const older = Buffer.from(bytes);
  older.write(String(MODEL_FORMAT - 1), at + '"format":'.length, 'latin1');
  return older;
}
