import { createSwapQuoter, getSqrtPriceAtTick, isArbError } from "@arbkit/core";
import { decodeTickArray, decodeWhirlpool, getTickArrayAddress, WHIRLPOOL_PROGRAM_ID } from "@arbkit/connectors";
import { afterEach, describe, expect, it } from "vitest";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { loadHjpSnapshot } from "../support/orcaFixtures";
import { createFakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { createHarness, HJP, hjpAccounts, movedPool, startFake, statusOf, waitFor, type OrcaHarness } from "./orcaTestKit";

let fake: FakeSolanaRpc | undefined;
let h: OrcaHarness | undefined;
afterEach(async () => {
  await h?.connector.stop();
  await fake?.close();
});

const startLive = async (): Promise<{ fake: FakeSolanaRpc; h: OrcaHarness }> => {
  fake = await startFake();
  fake.fees = [1_000, 20_000, 5_000, 0, 50_000].map((prioritizationFee, i) => ({ slot: 185_759_990 + i, prioritizationFee }));
  h = createHarness({ endpoints: [{ http: fake.httpUrl("/v2/SECRET-A"), ws: fake.wsUrl("/v2/SECRET-A") }], costs: { priorityFeePercentile: 60, computeUnits: 200_000 } });
  h.connector.start();
  await waitFor("live", () => statusOf(h as OrcaHarness) === "live");
  return { fake, h };
};

describe("Orca connector over a loopback RPC serving the real SOL/USDC HJPjoW accounts", () => {
  it("reaches live and publishes the pool, its 7-array window, decimals from the mints and the slot", async () => {
    const { h } = await startLive();
    const snap = loadHjpSnapshot();
    const event = h.pools.at(-1);
    expect(event).toBeDefined();
    if (event === undefined) return;
    expect(event.pool).toBe(HJP);
    expect(event.instrument).toBe(`orca:${HJP}`);
    expect([event.tokenMintA, event.tokenMintB]).toEqual(["So11111111111111111111111111111111111111112", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"]);
    expect([event.decimalsA, event.decimalsB]).toEqual([9, 6]);
    expect(event.state).toEqual(decodeWhirlpool(snap.pool.data).state);
    expect(event.tickArrays.map((a) => a.startTickIndex)).toEqual([-56_320, -50_688, -45_056, -39_424, -33_792, -28_160, -22_528]);
    expect(event.slot).toBe(185_760_000);
    expect(Object.isFrozen(event) && Object.isFrozen(event.tickArrays)).toBe(true);
    expect(h.statuses.filter((s) => s.instrument !== undefined).map((s) => s.status)).toEqual(["connecting", "syncing", "live"]);
  });

  it("publishes a state that quotes exactly like the raw fixture accounts decoded directly", async () => {
    const { h } = await startLive();
    const snap = loadHjpSnapshot();
    const event = h.pools.at(-1);
    if (event === undefined) throw new Error("no pool event");
    const published = createSwapQuoter(event.state, event.tickArrays);
    const raw = createSwapQuoter(decodeWhirlpool(snap.pool.data).state, snap.tickArrays.map((a) => decodeTickArray(a.data)));
    let compared = 0;
    for (const aToB of [true, false]) {
      for (const exactIn of [true, false]) {
        for (let amount = 1n; amount < 10n ** 16n; amount *= 7n) {
          const ours = published.quote({ aToB, exactIn, amount });
          if (ours.stopReason === "tickArraysExhausted") continue; // beyond the loaded window: the raw set goes further
          expect(ours).toEqual(raw.quote({ aToB, exactIn, amount }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it("publishes the swap cost from getRecentPrioritizationFees over the pool's writable accounts", async () => {
    const { h, fake } = await startLive();
    await waitFor("cost", () => h.costs.length > 0);
    const cost = h.costs[0];
    // fees sorted 0, 1000, 5000, 20000, 50000; the 60th percentile (nearest rank 3) is 5000 µlamports/CU.
    expect(cost?.priorityFeeMicroLamportsPerCu).toBe(5_000n);
    expect(cost?.priorityFeeLamports).toBe(1_000n); // 5000 × 200000 / 1e6
    expect(cost?.totalLamports).toBe(6_000n);
    const call = fake.calls.find((c) => c.method === "getRecentPrioritizationFees");
    const pool = decodeWhirlpool(loadHjpSnapshot().pool.data);
    expect(call?.params).toEqual([[HJP, pool.tokenVaultA, pool.tokenVaultB, getTickArrayAddress(HJP, -39_424)]]);
  });

  it("loads and subscribes the arrays of the new window when the price moves into another array", async () => {
    const { h, fake } = await startLive();
    const before = h.pools.length;
    const snap = loadHjpSnapshot();
    const tick = -16_000; // SYNTHETIC move from -38709 into the array at -16896
    fake.setAccount(HJP, { owner: WHIRLPOOL_PROGRAM_ID, data: movedPool(snap.pool.data, tick, getSqrtPriceAtTick(tick)) });
    const wanted = [-33_792, -28_160, -22_528, -16_896, -11_264, -5_632, 0];
    await waitFor("the new window", () => h.pools.length > before && (h.pools.at(-1)?.tickArrays.map((a) => a.startTickIndex).join() ?? "") === wanted.join());
    const event = h.pools.at(-1);
    if (event === undefined) throw new Error("no pool event");
    expect(event.state.tickCurrentIndex).toBe(tick);
    const fetched = fake.calls.filter((c) => c.method === "getMultipleAccounts").flatMap((c) => (c.params as string[][])[0] ?? []);
    for (const start of [-16_896, -11_264, -5_632, 0]) expect(fetched).toContain(getTickArrayAddress(HJP, start));
    await waitFor("the new arrays subscribed", () => [-16_896, -11_264, -5_632, 0].every((start) => fake?.subscriptions(getTickArrayAddress(HJP, start)) === 1));
    expect(event.tickArrays.some((a) => a.startTickIndex === -56_320)).toBe(false);
    const quoter = createSwapQuoter(event.state, event.tickArrays);
    expect(quoter.tickArrayCount(true)).toBeGreaterThanOrEqual(4);
  });

  it("refuses an adaptive-fee pool with POOL_UNSUPPORTED and never publishes its state", async () => {
    const accounts = hjpAccounts();
    const pool = accounts.get(HJP);
    if (pool === undefined) throw new Error("fixture");
    const data = Buffer.from(pool.data);
    data.writeUInt16LE(1_064, 43); // SYNTHETIC: fee tier index ≠ tick spacing marks an adaptive-fee pool
    accounts.set(HJP, { ...pool, data });
    fake = await createFakeSolanaRpc(accounts);
    h = createHarness({ endpoints: [{ http: fake.httpUrl(), ws: fake.wsUrl() }] });
    h.connector.start();
    const harness = h;
    await waitFor("closed", () => statusOf(harness) === "closed");
    const refusal = h.errors.find((e) => isArbError(e.error, "POOL_UNSUPPORTED"));
    expect(refusal?.error.context).toEqual({ pool: HJP, feature: "adaptiveFee" });
    expect(h.pools).toEqual([]);
  });

  it("grows the window until the configured maximum trade is covered (up to maxTickArraysEachSide)", async () => {
    fake = await startFake();
    h = createHarness({
      endpoints: [{ http: fake.httpUrl(), ws: fake.wsUrl() }],
      pools: [{ address: HJP, maxTradeA: 10n ** 18n, maxTradeB: 1_000n }],
      tickArraysEachSide: 1,
      maxTickArraysEachSide: 3,
    });
    h.connector.start();
    const harness = h;
    await waitFor("the grown window", () => harness.pools.at(-1)?.tickArrays.length === 5);
    expect(h.pools.at(-1)?.tickArrays.map((a) => a.startTickIndex)).toEqual([-56_320, -50_688, -45_056, -39_424, -33_792]);
    expect(fake.subscriptions(getTickArrayAddress(HJP, -56_320))).toBe(1);
  });
});
