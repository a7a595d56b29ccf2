import http from 'node:http';

/**
 * Requests at a constant arrival rate (one every 1000/rate ms, not waiting for the answers), cycling through
 * `paths`, over keep-alive connections: shoppers arrive independently of each other. autocannon's `overallRate`
 * instead sends each connection's share of a second back to back at the start of that second, so its latency is
 * mostly the wait behind the rest of the burst. Returns latency percentiles in ms.
 */
export async function constantRate({ url, paths, rate, seconds }) {
  const { hostname, port } = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = rate * seconds;
  const latencies = [];
  let errors = 0;
  const pending = [];
  const started = performance.now();
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(
      new Promise((resolve) => {
        http
          .get({ hostname, port, path: paths[index % paths.length], agent }, (response) => {
            response.resume();
            response.on('end', () => {
              if (response.statusCode >= 400) errors++;
              // From when it was due, so that a late send (a busy client) counts against the latency.
              latencies.push(performance.now() - Math.min(sent, due));
              resolve();
            });
          })
          .on('error', () => {
            errors++;
            resolve();
          });
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: total,
    errors,
    seconds: (performance.now() - started) / 1000,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
  };
}
