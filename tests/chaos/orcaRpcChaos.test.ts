import { afterEach, describe, expect, it } from "vitest";
import { createSeededRandom } from "@arbkit/connectors";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { loadHjpSnapshot } from "../support/orcaFixtures";
import { createHarness, HJP, startFake, statusOf, waitFor, type OrcaHarness } from "../solana/orcaTestKit";

const fakes: FakeSolanaRpc[] = [];
let h: OrcaHarness | undefined;
afterEach(async () => {
  await h?.connector.stop();
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const RECONCILE_MS = 5_000;
const TIMEOUT_MS = 2_000;
const STALE_MS = 8_000;
const FAULTS = ["429", "timeout", "drop", "stall", "corrupt"] as const;
const ALLOWED = new Set(["RPC_FAILED", "ACCOUNT_DECODE_FAILED", "CONNECTION_FAILED", "VENUE_ERROR"]);

describe("chaos: seeded RPC faults against the Orca connector over a loopback fake Solana RPC (two endpoints)", () => {
  it("rides out 429 bursts, timeouts, dropped sockets, stalled slots and corrupt accounts, and always comes back live with the true pool state", async () => {
    const rng = createSeededRandom(5150);
    const a = await startFake();
    const b = await startFake();
    fakes.push(a, b);
    h = createHarness({ endpoints: [{ http: a.httpUrl("/KEY"), ws: a.wsUrl("/KEY") }, { http: b.httpUrl(), ws: b.wsUrl() }], reconcileIntervalMs: RECONCILE_MS, requestTimeoutMs: TIMEOUT_MS, staleAfterMs: STALE_MS, staleSlotAge: 1_000_000 });
    const harness = h;
    h.connector.start();
    await waitFor("live", () => statusOf(harness) === "live");
    const truth = harness.pools.at(-1)?.state;
    expect(truth?.sqrtPrice).toBeDefined();
    const injected: Record<string, number> = {};
    let rpcFailuresExpected = 0;
    const good = loadHjpSnapshot().pool.data;

    for (let round = 0; round < 8; round++) {
      const fault = FAULTS[rng.int(0, FAULTS.length - 1)] ?? "drop";
      injected[fault] = (injected[fault] ?? 0) + 1;
      const fake = harness.connector.endpoint() === 0 ? a : b;
      const failuresBefore = harness.errors.filter((e) => e.error.code === "RPC_FAILED").length;
      switch (fault) {
        case "429":
          fake.faults.http429 = rng.int(1, 4);
          harness.clock.advanceBy(RECONCILE_MS);
          await waitFor("a 429 answered", () => harness.errors.filter((e) => e.error.code === "RPC_FAILED").length > failuresBefore);
          rpcFailuresExpected++;
          break;
        case "timeout": {
          fake.faults.hang = true;
          const calls = fake.calls.length;
          harness.clock.advanceBy(RECONCILE_MS);
          await waitFor("a request to hang", () => fake.calls.length > calls);
          harness.clock.advanceBy(TIMEOUT_MS);
          await waitFor("the timeout", () => harness.errors.filter((e) => e.error.code === "RPC_FAILED").length > failuresBefore);
          fake.faults.hang = false;
          rpcFailuresExpected++;
          break;
        }
        case "drop":
          fake.dropSockets();
          break;
        case "stall":
          harness.clock.advanceBy(STALE_MS);
          expect(statusOf(harness)).not.toBe("live");
          break;
        case "corrupt": {
          const before = harness.errors.length;
          fake.setAccount(HJP, { owner: "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc", data: good.subarray(0, 300) });
          await waitFor("the decode error", () => harness.errors.length > before);
          fake.setAccount(HJP, { owner: "whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc", data: good });
          break;
        }
      }
      // Heal: faults off, the chain moves, time passes a reconcile; the connector must get back to live.
      a.faults.http429 = 0;
      b.faults.http429 = 0;
      // Never move the TestClock past a request timeout while real I/O may be in flight: advance, then wait
      // (real time, event-driven) for the connector to answer with live or with a new error.
      const settled = (): boolean => statusOf(harness) === "live" && harness.pools.at(-1)?.state.sqrtPrice === truth?.sqrtPrice;
      for (let step = 0; step < 12 && !settled(); step++) {
        a.advanceSlot();
        b.advanceSlot();
        const errors = harness.errors.length;
        harness.clock.advanceBy(1_000);
        await waitFor(`round ${round} (${fault}) step`, () => settled() || harness.errors.length > errors, ).catch(() => undefined);
      }
      await waitFor(`live again after ${fault}`, () => statusOf(harness) === "live").catch((e: unknown) => {
        throw new Error(`${String(e)}; round ${round}; endpoint ${harness.connector.endpoint()}; statuses ${JSON.stringify(harness.statuses.slice(-6).map((x) => [x.instrument ?? "conn", x.status, x.reason]))}; errors ${JSON.stringify(harness.errors.slice(-4).map((x) => x.error.message))}; injected ${JSON.stringify(injected)}`);
      });
      expect(harness.pools.at(-1)?.state).toEqual(truth);
    }
    expect(Object.keys(injected).length).toBeGreaterThanOrEqual(3);
    expect(harness.errors.filter((e) => e.error.code === "RPC_FAILED").length).toBeGreaterThanOrEqual(rpcFailuresExpected);
    expect(harness.errors.map((e) => e.error.code).filter((c) => !ALLOWED.has(c))).toEqual([]);
  }, 120_000);
});
