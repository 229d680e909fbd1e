import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEventBus, TestClock, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createOrcaConnector } from "@arbkit/connectors";
import { createArbMetrics, createOpsServer, resolveConfig } from "../../packages/cli/src/index";
import { createRateLimiter } from "../../packages/cli/src/server/createRateLimiter";
import { BUNDLED_RECORDING, runCli, startCli, type CliProcess, type CliResult } from "../cli/support/cliProcess";
import { createTempDir } from "../support/createTempDir";
import { waitFor } from "../support/waitFor";

const TOKEN = "tok-S3CRET-do-not-log-7f3a9c";
const KEY = "KEY-S3CRET-b81e44";
const RPC_URL = `https://rpc.example.invalid/v2/${KEY}?api-key=${KEY}`;
const ENV = { ARB_CONTROL_TOKEN: TOKEN, ARB_SOLANA_RPC_URL: RPC_URL, ARB_SOLANA_WS_URL: `wss://rpc.example.invalid/ws/${KEY}` };
/** Every piece of a secret that must never leak. */
const expectNoSecret = (where: string, text: string): void => {
  expect(text.includes(TOKEN), `${where} contains the control token`).toBe(false);
  expect(text.includes(KEY), `${where} contains the RPC key`).toBe(false);
  expect(text.includes("S3CRET"), `${where} contains a secret`).toBe(false);
};

describe("the ops server's defaults", () => {
  it("binds 127.0.0.1 unless told otherwise (library default and config default)", async () => {
    expect(resolveConfig(undefined).server.host).toBe("127.0.0.1");
    const server = await createOpsServer({
      port: 0,
      metrics: createArbMetrics({ processMetrics: false }),
      status: () => ({}),
      health: () => ({ ok: true, detail: "ok" }),
      control: { pause: () => ({ changed: true, state: "paused" }), resume: () => ({ changed: true, state: "running" }) },
      controlToken: undefined,
      rateLimiter: createRateLimiter(new TestClock(0), 100, 60_000),
      audit: () => undefined,
      clock: new TestClock(0),
    });
    try {
      expect(server.host).toBe("127.0.0.1");
      // No token configured: every control call is refused, with or without a bearer header.
      expect((await fetch(`${server.url}/control/pause`, { method: "POST" })).status).toBe(401);
      expect((await fetch(`${server.url}/control/pause`, { method: "POST", headers: { authorization: "Bearer anything" } })).status).toBe(403);
      expect((await fetch(`${server.url}/control/resume`, { method: "POST", headers: { authorization: "Bearer " } })).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe("configured secrets never appear in logs, errors, the journal, /status or /metrics", () => {
  const dir = createTempDir("arbkit-secrets-", { removeAfter: "file" });
  const journal = join(dir, "journal.sqlite");
  let bot: CliProcess;
  let url = "";
  let result: CliResult;
  const bodies: Record<string, string> = {};
  const codes: Record<string, number> = {};

  beforeAll(async () => {
    bot = startCli(["run", "--replay", BUNDLED_RECORDING, "--speed", "20", "--port", "0", "--journal", journal, "--log-level", "trace"], { env: ENV });
    const listening = await bot.waitForLine((l) => l.includes('"event":"listening"'));
    url = String((JSON.parse(listening) as { url: string }).url);
    for (const path of ["/status", "/metrics", "/healthz"]) bodies[path] = await (await fetch(`${url}${path}`)).text();
    const post = async (path: string, token?: string): Promise<void> => {
      const r = await fetch(`${url}${path}`, { method: "POST", headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
      codes[`${path} ${token === undefined ? "none" : token === TOKEN ? "right" : "wrong"}`] = r.status;
      bodies[`${path} ${r.status}`] = await r.text();
    };
    await post("/control/pause");
    await post("/control/pause", `${TOKEN}x`);
    await post("/control/pause", TOKEN);
    await post("/control/resume", TOKEN);
    bodies["/status after"] = await (await fetch(`${url}/status`)).text();
    bot.child.kill("SIGTERM");
    result = await bot.exited;
  }, 120_000);
  afterAll(() => {
    if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
  });

  it("listens on 127.0.0.1 by default and refuses control calls without the right token", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(codes).toEqual({ "/control/pause none": 401, "/control/pause wrong": 403, "/control/pause right": 200, "/control/resume right": 200 });
    expect(result.code).toBe(0);
  });

  it("stdout, stderr and every HTTP answer are free of secrets", () => {
    expectNoSecret("stdout", result.stdout);
    expectNoSecret("stderr", result.stderr);
    for (const [path, body] of Object.entries(bodies)) expectNoSecret(path, body);
  });

  it("the journal files (database, WAL) are free of secrets, yet hold the audited control calls", () => {
    for (const suffix of ["", "-wal", "-shm"]) {
      if (existsSync(`${journal}${suffix}`)) expectNoSecret(`journal${suffix}`, readFileSync(`${journal}${suffix}`).toString("latin1"));
    }
    expect(readFileSync(journal).toString("latin1")).toContain("wrong token");
  });

  it("config check reports that secrets are set without printing them", async () => {
    const r = await runCli(["config", "check", join(dir, "missing.yaml")], { env: ENV });
    expectNoSecret("config check stderr", r.stderr);
    const ok = await runCli(["init", join(dir, "arb.yaml")], { env: ENV });
    expect(ok.code).toBe(0);
    const check = await runCli(["config", "check", join(dir, "arb.yaml")], { env: ENV });
    expect(check.code).toBe(0);
    expectNoSecret("config check stdout", check.stdout + check.stderr);
  });

  it("RPC errors on a keyed endpoint name the host only (library level: the Orca connector's error events)", async () => {
    const bus = createEventBus<MarketEvents>();
    const errors: VenueErrorEvent[] = [];
    bus.subscribe("error", (e) => errors.push(e));
    const orca = createOrcaConnector({
      bus,
      clock: new TestClock(1_700_000_000_000),
      pools: [{ address: "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ" }],
      endpoints: [{ http: `http://127.0.0.1:1/${KEY}?api-key=${KEY}`, ws: `ws://127.0.0.1:1/${KEY}` }],
    });
    orca.start();
    await waitFor(() => errors.length > 0, "an RPC error");
    await orca.stop();
    const dump = JSON.stringify(errors.map((e) => ({ ...e.error.toJSON(), message: e.error.message, stack: e.error.stack })));
    expectNoSecret("Orca error events", dump);
    expect(dump).toContain("127.0.0.1");
  });
});
