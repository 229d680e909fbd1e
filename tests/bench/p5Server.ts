// P5: latency of the ops server's GET /status and GET /metrics under 50 concurrent keep-alive clients (in their
// own process, see CLIENT_SCRIPT), on a session that has replayed the bundled SYNTHETIC recording (so every
// metric family and the status document are
// populated, as in a running bot). Target: p95 ≤ 5 ms for each endpoint.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
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

// The clients run in a separate process (plain node), so they neither share the server's event loop nor its
// process: on a 2-core machine the server gets one core's worth of CPU and the clients the other. They speak
// HTTP/1.1 keep-alive over raw sockets, like wrk or autocannon: one connection per client, each sending its next
// request as soon as the previous response is complete (closed loop). Node's http client would cost several
// times the server's own work per request; that cost would be measured as server latency and would take CPU
// from the server. Latency = request written → last byte of the response read (status and content-length
// checked).
const CLIENT_SCRIPT = `
const net = require("node:net");
const [port, path, clients, perClient] = process.argv.slice(1).map((v, i) => (i === 1 ? v : Number(v)));
const request = Buffer.from("GET " + path + " HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: keep-alive\\r\\n\\r\\n");
const HEADER_END = Buffer.from("\\r\\n\\r\\n");
function client(count, latencies) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setNoDelay(true);
    let buffered = Buffer.alloc(0);
    let start = 0;
    let done = 0;
    let bad = 0;
    let bytes = 0;
    const next = () => {
      if (done === count) {
        socket.end();
        resolve({ bad, bytes });
        return;
      }
      start = performance.now();
      socket.write(request);
    };
    socket.on("connect", next);
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(HEADER_END);
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString("latin1");
      const length = /\\r\\ncontent-length: *(\\d+)/i.exec(head);
      if (length === null) return reject(new Error("response without content-length: " + head.slice(0, 200)));
      const total = end + 4 + Number(length[1]);
      if (buffered.length < total) return;
      if (buffered.length > total) return reject(new Error("unexpected bytes after the response"));
      latencies.push(performance.now() - start);
      if (!head.startsWith("HTTP/1.1 200")) bad++;
      bytes = Number(length[1]);
      buffered = Buffer.alloc(0);
      done++;
      next();
    });
  });
}
(async () => {
  // Warm-up, not measured: a running bot's server has answered many scrapes already (JIT-compiled request path,
  // sockets open, the replay's garbage collected); 20 requests per client get this one there.
  const warm = [];
  await Promise.all(Array.from({ length: clients }, () => client(Math.min(20, perClient), warm)));
  const latencies = [];
  const results = await Promise.all(Array.from({ length: clients }, () => client(perClient, latencies)));
  process.stdout.write(JSON.stringify({ latencies, bytes: results[0].bytes, bad: results.reduce((n, r) => n + r.bad, 0) }) + "\\n");
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exitCode = 1;
});
`;

function load(port: number, path: string, perClient: number, clients = CLIENTS): Promise<{ latencies: number[]; bytes: number; bad: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CLIENT_SCRIPT, String(port), path, String(clients), String(perClient)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`P5 client exited ${code}: ${err.slice(-2000)}`));
      else resolve(JSON.parse(out.trim()) as { latencies: number[]; bytes: number; bad: number });
    });
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
      // Settling, not measured: one short round on each endpoint, so the first endpoint measured does not also
      // absorb what the replay left behind (its garbage collected, the request path compiled) and the two
      // endpoints are measured under the same conditions.
      for (const path of ["/status", "/metrics"]) await load(server.port, path, quick ? 10 : 40);
      for (const path of ["/status", "/metrics"]) {
        // Warm-up requests (in the client script), then every client issues its requests back to back, all at once.
        const { latencies, bytes, bad } = await load(server.port, path, perClient);
        if (bad > 0) throw new Error(`P5: ${bad} requests to ${path} did not answer 200`);
        const p95 = quantile(latencies, 0.95);
        // For context: one client alone (the per-request cost with no queueing behind other clients).
        const single = await load(server.port, path, quick ? 200 : 1000, 1);
        // The machine may be shared: the 1-minute load average says how much else wanted the CPUs meanwhile.
        const loadAvg = loadavg()[0] ?? Number.NaN;
        log(`  ${path}: ${latencies.length} requests, ${bytes} bytes each, p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, p99 ${quantile(latencies, 0.99).toFixed(2)} ms (load average ${loadAvg.toFixed(2)})`);
        results.push({
          name: `P5 GET ${path} p95 (${CLIENTS} clients)`,
          unit: "ms",
          ours: Math.round(p95 * 100) / 100,
          peer: undefined,
          peerName: "-",
          ratio: undefined,
          target: "p95 ≤ 5 ms",
          met: p95 <= 5,
          extra: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), requests: latencies.length, bytes, oneClientP50: quantile(single.latencies, 0.5), loadAvg1m: loadAvg },
        });
      }
    } finally {
      await server.close();
      await session.stop();
    }
    return results;
  },
};
