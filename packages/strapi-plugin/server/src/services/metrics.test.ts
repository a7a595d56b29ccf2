import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ModelSnapshotSummary } from '../../../shared/contracts/model';
import type { PluginServices } from './Collaborators';
import { createMetricsService } from './metrics';

/** In-memory collaborators: an events tail `lag` behind the database, and a model service serving `summary` or none. */
function service({
  lag = 0,
  summary = null,
}: {
  lag?: number;
  summary?: Partial<ModelSnapshotSummary> | null;
}) {
  const deps = {
    events: { lag: async () => lag },
    model: { current: () => (summary === null ? null : { summary }) },
  } as unknown as Pick<PluginServices, 'events' | 'model'>;
  return createMetricsService({ deps });
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comment lines left out); label order does not matter. */
function samples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (match === null) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the one sample of `name` whose labels include `labels`; undefined when there is none. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples(text).filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the metrics service', () => {
  it('counts list requests in the latency buckets of their list and status', async () => {
    const metrics = service({});
    metrics.observeList('trending', 200, 0.0007);
    metrics.observeList('trending', 200, 0.03);
    metrics.observeList('similar', 404, 0.0002);
    const text = await metrics.render();
    const trending = (le: string) =>
      valueOf(text, 'aisle_list_request_duration_seconds_bucket', { list: 'trending', status: '200', le });
    // Buckets are cumulative: each counts the requests answered within its bound.
    expect(['0.0005', '0.001', '0.025', '0.05', '1', '+Inf'].map(trending)).toEqual([0, 1, 1, 2, 2, 2]);
    expect(
      valueOf(text, 'aisle_list_request_duration_seconds_count', { list: 'trending', status: '200' }),
    ).toBe(2);
    expect(
      valueOf(text, 'aisle_list_request_duration_seconds_sum', { list: 'trending', status: '200' }),
    ).toBeCloseTo(0.0307, 10);
    expect(
      valueOf(text, 'aisle_list_request_duration_seconds_bucket', {
        list: 'similar',
        status: '404',
        le: '0.0005',
      }),
    ).toBe(1);
    expect(
      valueOf(text, 'aisle_list_request_duration_seconds_count', { list: 'similar', status: '200' }),
    ).toBeUndefined();
  });

  it('counts stored events by type, adding up over calls', async () => {
    const metrics = service({});
    metrics.countEvents(['view', 'view', 'purchase']);
    metrics.countEvents(['view']);
    metrics.countEvents([]);
    const text = await metrics.render();
    expect(valueOf(text, 'aisle_events_stored_total', { type: 'view' })).toBe(3);
    expect(valueOf(text, 'aisle_events_stored_total', { type: 'purchase' })).toBe(1);
    expect(valueOf(text, 'aisle_events_stored_total', { type: 'click' })).toBeUndefined();
  });

  it('counts trainings by outcome and puts every duration, failed or not, in the duration histogram', async () => {
    const metrics = service({});
    metrics.observeTraining('ready', 3);
    metrics.observeTraining('ready', 40);
    metrics.observeTraining('failed', 0.5);
    const text = await metrics.render();
    expect(valueOf(text, 'aisle_training_runs_total', { outcome: 'ready' })).toBe(2);
    expect(valueOf(text, 'aisle_training_runs_total', { outcome: 'failed' })).toBe(1);
    const within = (le: string) => valueOf(text, 'aisle_training_duration_seconds_bucket', { le });
    expect(['1', '5', '30', '60', '+Inf'].map(within)).toEqual([1, 2, 2, 3, 3]);
    expect(valueOf(text, 'aisle_training_duration_seconds_sum')).toBe(43.5);
    expect(valueOf(text, 'aisle_training_duration_seconds_count')).toBe(3);
  });

  it('reports version 0 and an age of NaN (not 0, a model trained just now) while no model serves', async () => {
    const text = await service({ summary: null }).render();
    expect(valueOf(text, 'aisle_model_version')).toBe(0);
    expect(valueOf(text, 'aisle_model_age_seconds')).toBeNaN();
  });

  it("includes the process's default metrics, labelled like the others", async () => {
    const text = await service({}).render();
    expect(valueOf(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(samples(text).find((sample) => sample.name === 'process_cpu_seconds_total')?.labels).toEqual({
      service: 'aisle-cms',
    });
  });

  it("reports the serving model's version and its age at the time of the scrape", async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-05T12:00:00.000Z'), toFake: ['Date'] });
    const metrics = service({ summary: { version: 7, trainedAt: '2026-12-05T11:58:30.000Z' } });
    let text = await metrics.render();
    expect(valueOf(text, 'aisle_model_version')).toBe(7);
    expect(valueOf(text, 'aisle_model_age_seconds')).toBe(90);
    // The gauges are read on each scrape, not when the service is made.
    vi.setSystemTime(Date.parse('2026-12-05T12:01:00.000Z'));
    text = await metrics.render();
    expect(valueOf(text, 'aisle_model_age_seconds')).toBe(150);
  });

  it('reports how many stored events the tail has not applied yet', async () => {
    const text = await service({ lag: 42 }).render();
    expect(valueOf(text, 'aisle_event_log_lag')).toBe(42);
  });

  it("labels every sample with the service, in Prometheus' text format", async () => {
    const metrics = service({ lag: 1, summary: { version: 2, trainedAt: new Date().toISOString() } });
    metrics.observeList('new', 200, 0.001);
    metrics.countEvents(['click']);
    metrics.observeTraining('ready', 2);
    const all = samples(await metrics.render());
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((sample) => sample.labels.service !== 'aisle-cms')).toEqual([]);
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('keeps the figures of each instance apart (several Strapi instances share a process in tests)', async () => {
    const first = service({});
    const second = service({});
    first.countEvents(['view', 'view']);
    second.countEvents(['view']);
    first.observeList('trending', 200, 0.002);
    expect(valueOf(await first.render(), 'aisle_events_stored_total', { type: 'view' })).toBe(2);
    const secondText = await second.render();
    expect(valueOf(secondText, 'aisle_events_stored_total', { type: 'view' })).toBe(1);
    expect(
      valueOf(secondText, 'aisle_list_request_duration_seconds_count', { list: 'trending', status: '200' }),
    ).toBeUndefined();
  });
});
