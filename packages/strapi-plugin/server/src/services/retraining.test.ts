import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PluginServices } from './Collaborators';
import { createRetrainingService, MIN_RETRAIN_INTERVAL_MS } from './retraining';

/** In-memory collaborators: settings with a retraining delay, and a training that is busy or starts. */
function collaborators(delaySeconds: number | null) {
  const started: string[] = [];
  let busy = false;
  const settings = { get: async () => ({ training: { retrainAfterPurchasesSeconds: delaySeconds } }) };
  const training = {
    start: () => {
      if (busy) return null;
      started.push(`at ${Date.now()}`);
      return Promise.resolve({});
    },
  };
  return {
    deps: {
      settings: settings as unknown as PluginServices['settings'],
      training: training as unknown as PluginServices['training'],
    },
    started,
    setBusy: (value: boolean) => (busy = value),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the retraining service', () => {
  it('trains once, the delay after the first purchase; purchases within the delay join it', async () => {
    const { deps, started } = collaborators(15);
    const retraining = createRetrainingService({ deps });
    await retraining.purchasesStored();
    await vi.advanceTimersByTimeAsync(10_000);
    await retraining.purchasesStored();
    expect(retraining.isPending()).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(started).toEqual(['at 15000']);
    expect(retraining.isPending()).toBe(false);
    // The next purchases come 15 s after that training: the next one waits for the minimum interval.
    await retraining.purchasesStored();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(started).toEqual(['at 15000']);
    await vi.advanceTimersByTimeAsync(MIN_RETRAIN_INTERVAL_MS - 15_000);
    expect(started).toEqual(['at 15000', `at ${15_000 + MIN_RETRAIN_INTERVAL_MS}`]);
  });

  it('keeps trainings to a quarter of the time when they are slow', async () => {
    const { deps, started } = collaborators(5);
    let finish: () => void = () => undefined;
    (deps.training as unknown as { start: () => Promise<unknown> }).start = () => {
      started.push(`at ${Date.now()}`);
      return new Promise((resolve) => (finish = () => resolve({})));
    };
    const retraining = createRetrainingService({ deps });
    await retraining.purchasesStored();
    await vi.advanceTimersByTimeAsync(5_000);
    // A training of 100 s: the next may start 400 s after the first started.
    await vi.advanceTimersByTimeAsync(100_000);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    await retraining.purchasesStored();
    await vi.advanceTimersByTimeAsync(299_000);
    expect(started).toEqual(['at 5000']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual(['at 5000', 'at 405000']);
  });

  it('waits for a training that is running, checking every second', async () => {
    const { deps, started, setBusy } = collaborators(5);
    const retraining = createRetrainingService({ deps });
    setBusy(true);
    await retraining.purchasesStored();
    await vi.advanceTimersByTimeAsync(7_000);
    expect(started).toEqual([]);
    expect(retraining.isPending()).toBe(true);
    setBusy(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual(['at 8000']);
  });

  it('does nothing when retraining after purchases is off, or once stopped', async () => {
    const off = collaborators(null);
    const retrainingOff = createRetrainingService({ deps: off.deps });
    await retrainingOff.purchasesStored();
    expect(retrainingOff.isPending()).toBe(false);
    const on = collaborators(5);
    const retraining = createRetrainingService({ deps: on.deps });
    await retraining.purchasesStored();
    retraining.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    await retraining.purchasesStored();
    expect(on.started).toEqual([]);
    expect(retraining.isPending()).toBe(false);
  });
});
