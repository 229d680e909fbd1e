import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEventBus, getSqrtPriceAtTick, instrumentId, TestClock, venueId } from "@arbkit/core";
import type { MarketEvents, PoolStateEvent, SolanaCostEvent } from "@arbkit/core";
import { createOrcaConnector, createRecordingWriter, readRecording, replayRecording, WHIRLPOOL_PROGRAM_ID } from "@arbkit/connectors";
import { afterEach, describe, expect, it } from "vitest";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { loadHjpSnapshot } from "../support/orcaFixtures";
import { createHarness, HJP, movedPool, START_MS, startFake, statusOf, waitFor, type OrcaHarness } from "./orcaTestKit";

let fake: FakeSolanaRpc | undefined;
let h: OrcaHarness | undefined;
const dir = mkdtempSync(join(tmpdir(), "arbkit-orca-"));
afterEach(async () => {
  await h?.connector.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Orca record and replay", () => {
  it("replaying the recorded RPC frames through the connector's sink reproduces the same pool and cost events", async () => {
    fake = await startFake();
    fake.fees = [{ slot: 185_759_999, prioritizationFee: 12_345 }];
    const path = join(dir, "orca.jsonl.gz");
    const writer = createRecordingWriter({ path, header: { $arbkit: "recording/1", startedAt: START_MS / 1000, venues: ["orca"], source: "loopback fake RPC serving real HJPjoW accounts; synthetic price moves" } });
    h = createHarness({ endpoints: [{ http: fake.httpUrl(), ws: fake.wsUrl() }], recorder: writer });
    h.connector.start();
    const live = h;
    await waitFor("live", () => statusOf(live) === "live");
    await waitFor("cost", () => live.costs.length > 0);
    const snap = loadHjpSnapshot();
    for (const [i, tick] of [-38_000, -30_000, -16_000].entries()) {
      fake.advanceSlot(3);
      h.clock.advanceBy(400);
      const count = h.pools.length;
      fake.setAccount(HJP, { owner: WHIRLPOOL_PROGRAM_ID, data: movedPool(snap.pool.data, tick, getSqrtPriceAtTick(tick)) }); // SYNTHETIC moves
      await waitFor(`move ${i}`, () => live.pools.length > count && live.pools.at(-1)?.state.tickCurrentIndex === tick);
    }
    await waitFor("the new window loaded", () => live.pools.at(-1)?.tickArrays.some((a) => a.startTickIndex === 0) === true);
    await h.connector.stop();
    await writer.close();
    expect(writer.frames).toBeGreaterThan(20);

    const bus = createEventBus<MarketEvents>();
    const clock = new TestClock(START_MS);
    const replayed: { pools: PoolStateEvent[]; costs: SolanaCostEvent[] } = { pools: [], costs: [] };
    bus.subscribe("pool", (e) => replayed.pools.push(e));
    bus.subscribe("solanaCost", (e) => replayed.costs.push(e));
    const offline = createOrcaConnector({ bus, clock, pools: [{ address: HJP }], endpoints: [] });
    const result = await replayRecording({ frames: readRecording(path), clock, sinks: [offline.sink] });
    expect(result.frames + result.outbound).toBe(writer.frames);
    expect(result.outbound).toBeGreaterThan(0);
    expect(replayed.pools.length).toBe(h.pools.length);
    expect(replayed.pools).toEqual(h.pools);
    expect(replayed.costs).toEqual(h.costs);
    expect(offline.status(instrumentId(venueId("orca"), HJP))).toBe("live");
  });
});
