import { inspect } from "node:util";
import { isArbError } from "@arbkit/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { createHarness, dump, startFake, statusOf, waitFor, type OrcaHarness } from "./orcaTestKit";

const fakes: FakeSolanaRpc[] = [];
let h: OrcaHarness | undefined;
afterEach(async () => {
  await h?.connector.stop();
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  vi.restoreAllMocks();
});

const SECRETS = ["KEYED-PROVIDER-SECRET", "QUERYSECRET123", "BACKUP-SECRET-XYZ"];

const twoEndpoints = async () => {
  const a = await startFake();
  const b = await startFake();
  fakes.push(a, b);
  const endpoints = [
    { http: a.httpUrl(`/v2/${SECRETS[0]}?api-key=${SECRETS[1]}`), ws: a.wsUrl(`/v2/${SECRETS[0]}?api-key=${SECRETS[1]}`) },
    { http: b.httpUrl(`/${SECRETS[2]}`), ws: b.wsUrl(`/${SECRETS[2]}`) },
  ];
  return { a, b, endpoints };
};

describe("Orca connector RPC failover", () => {
  it("moves to the next endpoint on 429s, and comes back to the preferred one after its cool-down", async () => {
    const { a, b, endpoints } = await twoEndpoints();
    a.faults.http429 = Number.POSITIVE_INFINITY;
    h = createHarness({ endpoints, reconcileIntervalMs: 5_000 });
    h.connector.start();
    const harness = h;
    await waitFor("live on the backup", () => statusOf(harness) === "live" && harness.connector.endpoint() === 1);
    const failure = h.errors.find((e) => isArbError(e.error, "RPC_FAILED"));
    expect(failure?.error.code).toBe("RPC_FAILED");
    if (failure !== undefined && isArbError(failure.error, "RPC_FAILED")) {
      expect(failure.error.context.status).toBe(429);
      expect(failure.error.context.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\*\*\*\?api-key=\*\*\*$/);
    }
    expect(b.subscriptions()).toBeGreaterThan(0);
    const livePools = h.pools.length;

    a.faults.http429 = 0; // the keyed provider recovers
    h.clock.advanceBy(5_000); // past its 1 s cool-down, at the next reconcile
    await waitFor("back on the preferred endpoint", () => harness.connector.endpoint() === 0 && statusOf(harness) === "live" && a.subscriptions() > 0);
    await waitFor("backup unsubscribed", () => b.subscriptions() === 0);
    expect(h.statuses.some((s) => s.instrument !== undefined && s.status === "resyncing")).toBe(true);
    expect(h.pools.length).toBeGreaterThanOrEqual(livePools);
  });

  it("fails over when a request times out (clock-driven timeout)", async () => {
    const { a, endpoints } = await twoEndpoints();
    a.faults.hang = true;
    h = createHarness({ endpoints, requestTimeoutMs: 2_000 });
    h.connector.start();
    const harness = h;
    await waitFor("a request to hang", () => a.calls.some((c) => c.transport === "http"));
    expect(statusOf(harness)).not.toBe("live");
    h.clock.advanceBy(2_000);
    await waitFor("live on the backup", () => statusOf(harness) === "live" && harness.connector.endpoint() === 1);
    const timeout = h.errors.find((e) => isArbError(e.error, "RPC_FAILED") && e.error.context.reason.includes("timeout"));
    expect(timeout).toBeDefined();
  });

  it("never lets an API key from a URL reach errors, statuses, recordings or console output", async () => {
    const logged: string[][] = [];
    for (const level of ["log", "warn", "error", "info", "debug"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map((a) => inspect(a, { depth: 4 }))));
    const { a, endpoints } = await twoEndpoints();
    a.faults.http429 = 1;
    h = createHarness({ endpoints, reconcileIntervalMs: 5_000 });
    h.connector.start();
    const harness = h;
    await waitFor("live", () => statusOf(harness) === "live");
    a.dropSockets();
    fakes[1]?.dropSockets();
    h.clock.advanceBy(5_000);
    await waitFor("live again", () => statusOf(harness) === "live" && harness.connector.endpoint() === 0);
    expect(h.errors.length).toBeGreaterThan(0);
    const everything = dump({ errors: h.errors.map((e) => ({ e: e.error, json: e.error.toJSON(), message: e.error.message })), statuses: h.statuses, frames: h.frames, logged });
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });
});
