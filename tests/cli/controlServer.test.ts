import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import { assertPrometheusText } from "./support/assertPrometheusText";
import { BUNDLED_RECORDING, parseLogLines, runCli, startCli, type CliProcess } from "./support/cliProcess";

const TOKEN = "test-token-7d1f0c";
const RPC_WITH_KEY = "https://rpc.example.com/?api-key=SEKRIT-5b1e";
const dir = createTempDir("arbkit-cli-server-", { removeAfter: "file" });
const journal = join(dir, "journal.sqlite");
const config = join(dir, "arb.yaml");
let bot: CliProcess;
let url = "";

const post = (path: string, token?: string) =>
  fetch(`${url}${path}`, { method: "POST", headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
const status = async () => (await (await fetch(`${url}/status`)).json()) as { risk: { state: string; pauses: string[] }; venues: unknown[]; mode: string };

beforeAll(async () => {
  expect((await runCli(["init", config])).code).toBe(0);
  writeFileSync(config, readFileSync(config, "utf8").replace("port: 9464", "port: 0").replace("controlRequestsPerMinute: 10", "controlRequestsPerMinute: 6"));
  bot = startCli(["run", "--replay", BUNDLED_RECORDING, "--speed", "1", "--config", config, "--journal", journal], { env: { ARB_CONTROL_TOKEN: TOKEN, ARB_SOLANA_RPC_URL: RPC_WITH_KEY } });
  const listening = bot.waitForLine((l) => l.includes('"event":"listening"'));
  // Tests below read data the replay delivers first: wait until the pool (the last input to arrive) is live.
  const poolLive = bot.waitForLine((l) => l.includes('"venue":"orca","instrument":"orca:') && l.includes('"status":"live"'));
  url = String((JSON.parse(await listening) as { url: string }).url);
  await poolLive;
});

afterAll(() => {
  if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
});

describe("arb-cli run: ops server and control API (replay at real-time speed)", () => {
  it("binds 127.0.0.1 and serves healthz, status (no secrets) and parseable metrics", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const text = await (await fetch(`${url}/status`)).text();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("SEKRIT");
    const s = JSON.parse(text) as { mode: string; venues: unknown[] };
    expect(s.mode).toBe("replay");
    expect(s.venues.length).toBe(2);
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    const samples = assertPrometheusText(await metrics.text());
    expect([...samples.keys()].some((k) => k.startsWith("arbkit_connector_frames_total{venue=\"coinbase\"}"))).toBe(true);
    expect(samples.has("process_resident_memory_bytes")).toBe(true);
  });

  it("refuses control without a token (401) or with a wrong one (403); pause and resume take effect", async () => {
    expect((await post("/control/pause")).status).toBe(401);
    expect((await post("/control/pause", "not-the-token")).status).toBe(403);
    expect((await status()).risk.pauses).not.toContain("manual");
    const paused = await post("/control/pause", TOKEN);
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ ok: true, changed: true, state: "paused" });
    expect((await status()).risk).toMatchObject({ state: "paused" });
    expect((await status()).risk.pauses).toContain("manual");
    const samples = assertPrometheusText(await (await fetch(`${url}/metrics`)).text());
    expect(samples.get('arbkit_risk_paused{reason="manual"}')).toBe(1);
    expect((await post("/control/resume", TOKEN)).status).toBe(200);
    expect((await status()).risk.pauses).not.toContain("manual");
  });

  it("answers 429 when flooded, even with the right token", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await post("/control/resume", TOKEN)).status);
    expect(codes).toContain(429);
    expect(codes.filter((c) => c === 200).length).toBeLessThanOrEqual(2);
  });

  it("shuts down gracefully on SIGINT and keeps the journal, control audit included", async () => {
    bot.child.kill("SIGINT");
    const result = await bot.exited;
    expect(result.code).toBe(0);
    expect(parseLogLines(result.stdout).find((l) => l.event === "summary")).toMatchObject({ endReason: "stopped" });
    const report = JSON.parse((await runCli(["report", "--journal", journal, "--format", "json"])).stdout) as {
      runs: { end_reason: string }[];
      summary: { counts: Record<string, number> };
    };
    expect(report.runs).toEqual([expect.objectContaining({ end_reason: "stopped" })]);
    expect(report.summary.counts.status_changes).toBeGreaterThan(0);
    const audit = (await runCli(["export", "control_audit", "--journal", journal, "--format", "json"])).stdout.trim().split("\n").map((l) => JSON.parse(l) as { action: string; status: number; detail: string });
    expect(audit.slice(0, 4).map((a) => [a.action, a.status])).toEqual([["pause", 401], ["pause", 403], ["pause", 200], ["resume", 200]]);
    expect(audit.some((a) => a.status === 429)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(TOKEN);
    // Secrets from the environment appear nowhere: logs, errors, the journal.
    for (const out of [result.stdout, result.stderr, (await runCli(["export", "status_changes", "--journal", journal, "--format", "json"])).stdout]) {
      expect(out).not.toContain("SEKRIT");
      expect(out).not.toContain(TOKEN);
    }
  });
});
