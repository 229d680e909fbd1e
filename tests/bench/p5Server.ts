// P5: latency of the ops server's GET /status and GET /metrics under 50 concurrent keep-alive clients, on a
// session that has replayed the bundled SYNTHETIC recording (so every metric family and the status document are
// populated, as in a running bot). Target: p95 ≤ 5 ms for each endpoint.
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { readRecording, replayRecording } from "@arbkit/connectors";
import { createLiveClock, TestClock } from "@arbkit/core";
import { resolveConfig } from "../../packages/cli/src/config/resolveConfig";
import { createBotSession } from "../../packages/cli/src/pipeline/createBotSession";
import { getStatusSnapshot } from "../../packages/cli/src/pipeline/getStatusSnapshot";
import { startSessionServer } from "../../packages/cli/src/pipeline/startSessionServer";
import { repoRoot } from "../support/fixtures";
import type { BenchResult, BenchWorkload } from "./BenchResult";
import { quantile } from "./measure";

const CLIENTS = 50;

// The clients run in a worker thread, so their own HTTP parsing does not queue behind the server's event loop.
const CLIENT_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const { Agent, request } = require("node:http");
const { port, path, clients, perClient } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const get = () => new Promise((resolve, reject) => {
  const start = performance.now();
  const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
    let bytes = 0;
    res.on("data", (c) => (bytes += c.length));
    res.on("end", () => resolve({ ms: performance.now() - start, status: res.statusCode, bytes }));
  });
  req.on("error", reject);
  req.end();
});
(async () => {
  await Promise.all(Array.from({ length: clients }, () => get()));
  const latencies = [];
  let bytes = 0;
  let bad = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < perClient; i++) {
      const r = await get();
      if (r.status !== 200) bad++;
      latencies.push(r.ms);
      bytes = r.bytes;
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, bytes, bad });
})();
`;

function load(port: number, path: string, perClient: number, clients = CLIENTS): Promise<{ latencies: number[]; bytes: number; bad: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_SCRIPT, { eval: true, workerData: { port, path, clients, perClient } });
    worker.once("message", (m: { latencies: number[]; bytes: number; bad: number }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", reject);
  });
}

/** P5 workload. */
export const p5Server: BenchWorkload = {
  id: "P5",
  title: `ops server /status and /metrics latency, ${CLIENTS} concurrent keep-alive clients`,
  async run({ quick, log }): Promise<BenchResult[]> {
    const file = join(repoRoot, "examples/data/sol-usd-scenario.jsonl.gz");
    const clock = new TestClock(1_786_310_400_000);
    const config = resolveConfig(undefined, { port: 0 });
    const session = createBotSession({ config, secrets: { solanaRpcUrl: undefined, solanaWsUrl: undefined, controlToken: undefined }, clock, processMetrics: true, monotonicSeconds: () => performance.now() / 1000 });
    await replayRecording({ frames: readRecording(file), clock, sinks: session.connectors.sinks });
    const server = await startSessionServer({
      session,
      journal: undefined,
      controlToken: undefined,
      wall: createLiveClock(),
      status: () => getStatusSnapshot(session, { mode: "replay", source: file, journal: undefined, progress: 1 }),
      stopping: () => false,
    });
    const perClient = quick ? 40 : 200;
    const results: BenchResult[] = [];
    try {
      for (const path of ["/status", "/metrics"]) {
        // Warm-up round, then every client issues its requests back to back, all clients at once.
        const { latencies, bytes, bad } = await load(server.port, path, perClient);
        if (bad > 0) throw new Error(`P5: ${bad} requests to ${path} did not answer 200`);
        const p95 = quantile(latencies, 0.95);
        // For context: one client alone (the per-request cost with no queueing behind other clients).
        const single = await load(server.port, path, quick ? 200 : 1000, 1);
        log(`  ${path}: ${latencies.length} requests, ${bytes} bytes each, p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, p99 ${quantile(latencies, 0.99).toFixed(2)} ms`);
        results.push({
          name: `P5 GET ${path} p95 (${CLIENTS} clients)`,
          unit: "ms",
          ours: Math.round(p95 * 100) / 100,
          peer: undefined,
          peerName: "-",
          ratio: undefined,
          target: "p95 ≤ 5 ms",
          met: p95 <= 5,
          extra: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), requests: latencies.length, bytes, oneClientP50: quantile(single.latencies, 0.5) },
        });
      }
    } finally {
      await server.close();
      await session.stop();
    }
    return results;
  },
};
