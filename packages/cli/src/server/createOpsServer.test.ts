import { TestClock } from "@arbkit/core";
import { afterEach, describe, expect, it } from "vitest";
import type { ControlAuditRecord } from "../journal/JournalRecords";
import { createArbMetrics } from "./createArbMetrics";
import { createOpsServer, type OpsServer } from "./createOpsServer";
import { createPrometheusConnectorMetrics } from "./createPrometheusConnectorMetrics";
import { createRateLimiter } from "./createRateLimiter";
import { parsePrometheusText } from "./parsePrometheusText";

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(limit = 100) {
  const clock = new TestClock(1_786_310_400_000);
  const metrics = createArbMetrics({ processMetrics: false });
  const audit: ControlAuditRecord[] = [];
  let paused = false;
  server = await createOpsServer({
    port: 0,
    metrics,
    clock,
    status: () => ({ paused, secret: undefined }),
    health: () => ({ ok: true, detail: "running" }),
    control: {
      pause: () => ({ changed: !paused, state: (paused = true) ? "paused" : "running" }),
      resume: () => ({ changed: paused, state: (paused = false) ? "paused" : "running" }),
    },
    controlToken: "s3cret-token",
    rateLimiter: createRateLimiter(clock, limit, 60_000),
    audit: (r) => audit.push(r),
  });
  return { clock, metrics, audit, url: server.url, isPaused: () => paused };
}

const post = (url: string, token?: string) =>
  fetch(url, { method: "POST", headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

describe("ops server", () => {
  it("binds 127.0.0.1 and answers healthz and status", async () => {
    const { url } = await start();
    expect(server?.host).toBe("127.0.0.1");
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/status`)).json()).toEqual({ paused: false });
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    expect((await fetch(`${url}/control/pause`)).status).toBe(405);
  });

  it("guards control with the bearer token and audits every call", async () => {
    const { url, audit, isPaused } = await start();
    expect((await post(`${url}/control/pause`)).status).toBe(401);
    expect((await post(`${url}/control/pause`, "wrong")).status).toBe(403);
    expect(isPaused()).toBe(false);
    const ok = await post(`${url}/control/pause`, "s3cret-token");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, changed: true, state: "paused" });
    expect(isPaused()).toBe(true);
    expect((await post(`${url}/control/resume`, "s3cret-token")).status).toBe(200);
    expect(isPaused()).toBe(false);
    expect(audit.map((a) => [a.action, a.status])).toEqual([["pause", 401], ["pause", 403], ["pause", 200], ["resume", 200]]);
    expect(JSON.stringify(audit)).not.toContain("s3cret-token");
  });

  it("answers 429 when flooded, even with the right token", async () => {
    const { url, audit } = await start(3);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(`${url}/control/pause`, "s3cret-token")).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(audit.filter((a) => a.status === 429)).toHaveLength(2);
  });

  it("serves parseable Prometheus text with connector metrics and a growing data age", async () => {
    const { url, metrics, clock } = await start();
    const port = createPrometheusConnectorMetrics(metrics, clock);
    port.increment("frames", { venue: "coinbase" }, 3);
    port.setGauge("bookUpdatedAt", { venue: "coinbase", instrument: "coinbase:SOL-USD" }, clock.now());
    port.setGauge("status", { venue: "coinbase", instrument: "coinbase:SOL-USD" }, 3);
    clock.advanceTo(clock.now() + 2_500);
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const samples = parsePrometheusText(await res.text());
    const find = (name: string) => samples.find((s) => s.name === name);
    expect(find("arbkit_connector_frames_total")?.value).toBe(3);
    expect(find("arbkit_data_age_seconds")).toMatchObject({ value: 2.5, labels: { venue: "coinbase", instrument: "coinbase:SOL-USD" } });
    expect(find("arbkit_connector_up")?.value).toBe(1);
  });

  it("rejects malformed exposition lines", () => {
    expect(() => parsePrometheusText("good_metric 1\nbad metric{ 2\n")).toThrow(/line 2/);
  });
});
