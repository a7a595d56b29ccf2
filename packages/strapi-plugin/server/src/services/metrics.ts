import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Collaborators } from './Collaborators';

/** Buckets of a list request, in seconds: most are answered within a millisecond or two. */
const LIST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
const TRAINING_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 900];

/**
 * This instance's figures in Prometheus' text format (GET /api/recommendations/metrics with an API token): list
 * requests and their latency, events stored, how far the events tail is behind the database, the serving model's
 * version and age, trainings and their duration. A registry of its own per Strapi instance (tests boot several in
 * one process), with prom-client's default process metrics.
 */
export const createMetricsService = ({ deps }: { deps: Collaborators<'events' | 'model'> }) => {
  const registry = new Registry();
  const listRequests = new Histogram({
    name: 'aisle_list_request_duration_seconds',
    help: 'Storefront list requests (GET /lists/:list and POST /query), by list, from arrival to answer',
    labelNames: ['list', 'status'],
    buckets: LIST_BUCKETS,
    registers: [registry],
  });
  const eventsStored = new Counter({
    name: 'aisle_events_stored_total',
    help: 'Events this instance stored, by type',
    labelNames: ['type'],
    registers: [registry],
  });
  const trainings = new Counter({
    name: 'aisle_training_runs_total',
    help: 'Trainings this instance ran, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const trainingDuration = new Histogram({
    name: 'aisle_training_duration_seconds',
    help: 'Duration of the trainings this instance ran',
    buckets: TRAINING_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'aisle_model_version',
    help: 'Version of the model this instance serves (0: none)',
    registers: [registry],
    collect() {
      this.set(deps.model.current()?.summary.version ?? 0);
    },
  });
  new Gauge({
    name: 'aisle_model_age_seconds',
    help: 'Seconds since the serving model was trained (NaN: none serves)',
    registers: [registry],
    collect() {
      // A gauge without labels always has a sample: 0 would read as a model trained just now.
      const current = deps.model.current();
      this.set(current === null ? NaN : (Date.now() - Date.parse(current.summary.trainedAt)) / 1000);
    },
  });
  new Gauge({
    name: 'aisle_event_log_lag',
    help: 'Events stored in the database (by any instance) that this instance has not applied yet',
    registers: [registry],
    async collect() {
      this.set(await deps.events.lag());
    },
  });
  registry.setDefaultLabels({ service: 'aisle-cms' });
  collectDefaultMetrics({ register: registry });

  return {
    observeList(list: string, status: number, seconds: number): void {
      listRequests.observe({ list, status: String(status) }, seconds);
    },
    countEvents(types: readonly string[]): void {
      for (const type of types) eventsStored.inc({ type });
    },
    observeTraining(outcome: 'ready' | 'failed', seconds: number): void {
      trainings.inc({ outcome });
      trainingDuration.observe(seconds);
    },
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
};

export type MetricsService = ReturnType<typeof createMetricsService>;
