// The training worker: receives the catalog and the interactions in pages from the Strapi process, trains the
// engine off the main thread so that serving never waits, and sends back the serialized model.
import { parentPort, workerData } from 'node:worker_threads';

import { modelStats, serializeModel, train } from '@aisle/engine';
import type { EngineConfigInput, Interaction, Product } from '@aisle/engine';

import { evaluateHoldout } from './evaluateHoldout';
import type { TrainingWorkerMessage, TrainingWorkerReply } from './workerMessages';

const port = parentPort;
if (port === null) {
  throw new Error('aisle: the training worker must run in a worker thread');
}
const config = (workerData as { config: EngineConfigInput }).config;
const products: Product[] = [];
const interactions: Interaction[] = [];

port.on('message', (message: TrainingWorkerMessage) => {
  if (message.kind === 'catalog') {
    for (const product of message.products) products.push(product);
  } else if (message.kind === 'interactions') {
    for (const interaction of message.interactions) interactions.push(interaction);
  } else {
    let reply: TrainingWorkerReply;
    const startedAt = performance.now();
    try {
      const model = train(products, interactions, config);
      const bytes = serializeModel(model);
      const stats = modelStats(model);
      const metrics = evaluateHoldout(products, interactions, config);
      reply = {
        kind: 'done',
        bytes,
        stats: {
          products: stats.products,
          users: stats.users,
          interactions: stats.interactions,
          orders: stats.orders,
        },
        metrics,
        durationMs: Math.round(performance.now() - startedAt),
      };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    }
  }
});
