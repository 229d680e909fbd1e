import { getSqrtPriceAtTick, isArbError } from "@arbkit/core";
import { WHIRLPOOL_PROGRAM_ID, getTickArrayAddress } from "@arbkit/connectors";
import { afterEach, describe, expect, it } from "vitest";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { loadHjpSnapshot } from "../support/orcaFixtures";
import { createHarness, HJP, movedPool, reasonOf, startFake, statusOf, waitFor, type OrcaHarness } from "./orcaTestKit";

let fake: FakeSolanaRpc | undefined;
let h: OrcaHarness | undefined;
afterEach(async () => {
  await h?.connector.stop();
  await fake?.close();
});

const startLive = async (options: { staleAfterMs?: number; staleSlotAge?: number; reconcileIntervalMs?: number } = {}): Promise<{ fake: FakeSolanaRpc; h: OrcaHarness }> => {
  fake = await startFake();
  h = createHarness({ endpoints: [{ http: fake.httpUrl(), ws: fake.wsUrl() }], ...options });
  h.connector.start();
  const harness = h;
  await waitFor("live", () => statusOf(harness) === "live");
  await waitFor("the slot subscription", () => fake?.calls.some((c) => c.method === "slotSubscribe") === true);
  return { fake, h };
};

describe("Orca connector staleness and faults", () => {
  it("flags a stalled slot stream as stale after staleAfterMs of the injected clock, then resyncs to live", async () => {
    const { fake, h } = await startLive({ staleAfterMs: 8_000 });
    fake.advanceSlot();
    await waitFor("the head slot", () => h.frames.some((f) => f.frame.includes("slotNotification")));
    h.clock.advanceBy(7_999);
    expect(statusOf(h)).toBe("live");
    h.clock.advanceBy(1); // the slot has not moved for 8 s (stalled)
    expect(statusOf(h)).toBe("stale");
    expect(reasonOf(h)).toMatch(/no new slot for 8000 ms/);
    // The connector resyncs on its own, but a node whose slot does not move is not trusted: no `live` yet.
    const resyncs = fake.calls.filter((c) => c.method === "getMultipleAccounts").length;
    h.clock.advanceBy(1_000); // past the endpoint's 1 s cool-down
    await waitFor("the resync fetches", () => fake.calls.filter((c) => c.method === "getMultipleAccounts").length >= resyncs + 2 && fake.subscriptions(HJP) === 1);
    expect(statusOf(h)).toBe("resyncing");
    fake.advanceSlot(); // the chain moves again
    await waitFor("live again", () => statusOf(h) === "live");
    expect(reasonOf(h)).toMatch(/slots resumed/);
    expect(h.statuses.filter((s) => s.instrument !== undefined).map((s) => s.status)).toEqual(["connecting", "syncing", "live", "stale", "resyncing", "live"]);
  });

  it("flags data that falls staleSlotAge slots behind the head, and a reconcile makes it live again", async () => {
    const { fake, h } = await startLive({ staleSlotAge: 100, reconcileIntervalMs: 20_000, staleAfterMs: 60_000 });
    fake.advanceSlot(101);
    await waitFor("stale by slot age", () => statusOf(h) === "stale");
    expect(reasonOf(h)).toMatch(/101 slots behind/);
    h.clock.advanceBy(20_000); // reconcile: a fresh fetch at the current slot
    await waitFor("live again", () => statusOf(h) === "live");
    expect(reasonOf(h)).toBe(`pool state at slot ${fake.slot}`);
  });

  it("survives a dropped WebSocket: web3.js resubscribes and the next pool update is published", async () => {
    const { fake, h } = await startLive();
    const published = h.pools.length;
    const subscribes = (): number => fake.calls.filter((c) => c.method === "accountSubscribe" && (c.params as unknown[])[0] === HJP).length;
    const before = subscribes();
    fake.dropSockets();
    await waitFor("resubscribed", () => subscribes() > before && fake.subscriptions(HJP) === 1);
    const tick = -38_000; // SYNTHETIC move inside the current array
    fake.setAccount(HJP, { owner: WHIRLPOOL_PROGRAM_ID, data: movedPool(loadHjpSnapshot().pool.data, tick, getSqrtPriceAtTick(tick)) });
    await waitFor("the update", () => h.pools.length > published && h.pools.at(-1)?.state.tickCurrentIndex === tick);
  });

  it("reports a malformed account as ACCOUNT_DECODE_FAILED and keeps publishing the last good state", async () => {
    const { fake, h } = await startLive({ staleAfterMs: 60_000, reconcileIntervalMs: 5_000 });
    const before = h.pools.length;
    const good = h.pools.at(-1);
    fake.setAccount(HJP, { owner: WHIRLPOOL_PROGRAM_ID, data: loadHjpSnapshot().pool.data.subarray(0, 600) });
    await waitFor("the decode error", () => h.errors.some((e) => isArbError(e.error, "ACCOUNT_DECODE_FAILED")));
    expect(h.pools.length).toBe(before);
    expect(statusOf(h)).toBe("live");
    // A malformed tick array on a fresh fetch is reported the same way and does not stop the pool.
    fake.faults.corrupt.set(getTickArrayAddress(HJP, -56_320), Buffer.alloc(9_988));
    h.clock.advanceBy(5_000); // reconcile
    await waitFor("the array error", () => h.errors.some((e) => isArbError(e.error, "ACCOUNT_DECODE_FAILED") && e.error.context.layout === "TickArray"));
    expect(h.pools.at(-1)?.state).toEqual(good?.state);
    expect(statusOf(h)).toBe("live");
  });
});
