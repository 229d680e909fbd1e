import { describe, expect, it } from "vitest";
import { load2022Accounts, loadHjpSnapshot } from "../../../../tests/support/orcaFixtures";
import { createWhirlpoolTracker } from "./createWhirlpoolTracker";
import { getTickArrayAddress } from "./getTickArrayAddress";
import type { OrcaPoolConfig } from "./OrcaPoolConfig";

const HJP = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";

const loaded = (poolData?: Buffer, config: Partial<OrcaPoolConfig> = {}) => {
  const snap = loadHjpSnapshot();
  const tracker = createWhirlpoolTracker({ pools: [{ address: HJP, ...config }], tickArraysEachSide: 1, maxTickArraysEachSide: 3 });
  const pool = tracker.apply(HJP, { owner: snap.pool.owner, data: poolData ?? snap.pool.data }, 100);
  if (pool === undefined) throw new Error("pool not tracked");
  return { snap, tracker, pool };
};

describe("createWhirlpoolTracker", () => {
  it("derives the window, asks for mints and arrays, and is ready once the current array and mints are known", () => {
    const { snap, tracker, pool } = loaded();
    expect([...pool.window.keys()]).toEqual([-45_056, -39_424, -33_792]);
    expect(tracker.missingMints(pool)).toEqual(["So11111111111111111111111111111111111111112", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"]);
    expect(tracker.missingArrays(pool)).toEqual([-45_056, -39_424, -33_792].map((s) => getTickArrayAddress(HJP, s)));
    expect(tracker.isReady(pool)).toBe(false);
    for (const [name, a] of load2022Accounts()) if (name.startsWith("token_")) tracker.apply(a.pubkey, { owner: a.owner, data: a.data }, 100);
    const current = snap.tickArrays.find((a) => a.startTickIndex === -39_424);
    if (current === undefined) throw new Error("fixture");
    expect(tracker.apply(current.pubkey, { owner: current.owner, data: current.data }, 101)).toBe(pool);
    expect(tracker.isReady(pool)).toBe(true);
    const event = tracker.event(pool, 1, 2);
    expect([event.decimalsA, event.decimalsB, event.slot, event.tickArrays.length]).toEqual([9, 6, 101, 1]);
    expect(pool.dirty).toBe(false);
  });

  it("ignores data older than what it holds and unrelated accounts", () => {
    const { snap, tracker, pool } = loaded();
    const older = Buffer.from(snap.pool.data);
    older.writeInt32LE(-38_700, 81);
    tracker.apply(HJP, { owner: snap.pool.owner, data: older }, 99);
    expect(pool.whirlpool?.state.tickCurrentIndex).toBe(-38_709);
    expect(tracker.apply("11111111111111111111111111111111", null, 200)).toBeUndefined();
  });

  it("marks an adaptive-fee pool unsupported (SYNTHETIC fee tier index)", () => {
    const data = Buffer.from(loadHjpSnapshot().pool.data);
    data.writeUInt16LE(1_064, 43);
    expect(loaded(data).pool.unsupported).toBe("adaptiveFee");
  });

  it("rejects a tick array that belongs to another pool at the expected address", () => {
    const { snap, tracker } = loaded();
    const current = snap.tickArrays.find((a) => a.startTickIndex === -39_424);
    const other = snap.tickArrays.find((a) => a.startTickIndex === -33_792);
    if (current === undefined || other === undefined) throw new Error("fixture");
    expect(() => tracker.apply(current.pubkey, { owner: other.owner, data: other.data }, 101)).toThrow(/expected .* at -39424/);
  });

  it("grows the window below the price until selling maxTradeA is covered or the per-side cap is reached", () => {
    const { snap, tracker, pool } = loaded(undefined, { maxTradeA: 10n ** 18n });
    for (const [name, a] of load2022Accounts()) if (name.startsWith("token_")) tracker.apply(a.pubkey, { owner: a.owner, data: a.data }, 100);
    const load = (): void => {
      for (const address of tracker.missingArrays(pool)) {
        const a = snap.tickArrays.find((t) => t.pubkey === address);
        tracker.apply(address, a === undefined ? null : { owner: a.owner, data: a.data }, 100);
      }
    };
    expect(tracker.extendForTrades(pool)).toBe(false); // arrays still missing: nothing to judge yet
    load();
    const grown: number[][] = [];
    while (tracker.extendForTrades(pool)) {
      grown.push([...pool.window.keys()]);
      load();
    }
    expect(grown).toEqual([
      [-50_688, -45_056, -39_424, -33_792],
      [-56_320, -50_688, -45_056, -39_424, -33_792],
    ]);
    expect([pool.extraBelow, pool.extraAbove]).toEqual([2, 0]);
  });

  it("does not grow the window when the largest trade fits", () => {
    const { snap, tracker, pool } = loaded(undefined, { maxTradeA: 1_000_000n, maxTradeB: 1_000_000n });
    for (const [name, a] of load2022Accounts()) if (name.startsWith("token_")) tracker.apply(a.pubkey, { owner: a.owner, data: a.data }, 100);
    for (const address of tracker.missingArrays(pool)) {
      const a = snap.tickArrays.find((t) => t.pubkey === address);
      tracker.apply(address, a === undefined ? null : { owner: a.owner, data: a.data }, 100);
    }
    expect(tracker.extendForTrades(pool)).toBe(false);
    expect(pool.window.size).toBe(3);
  });
});
