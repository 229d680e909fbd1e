import { describe, expect, it } from "vitest";
import { ORCA_FRAME_CASES } from "./cases/orcaFrameCases";
import { createLiveOrcaHarness, SCENARIO_POOL } from "./support/createOrcaSinkHarness";

describe("bad Solana RPC frames through the Orca connector's FrameSink", () => {
  it.each(ORCA_FRAME_CASES.map((c) => [c.name, c] as const))("%s", (_name, row) => {
    const h = createLiveOrcaHarness();
    expect(h.status()).toBe("live");
    const published = h.pools.length;
    const last = h.pools.at(-1);

    expect(() => h.ingest(row.frame(h))).not.toThrow();

    expect(h.errors.map((e) => e.error.code)).toEqual([row.code]);
    const error = h.errors[0]?.error;
    expect(h.errors[0]?.venue).toBe("orca");
    if (row.code === "FRAME_MALFORMED") {
      expect(error?.context).toMatchObject({ venue: "orca", reason: expect.stringContaining(row.reason ?? "") });
      expect((error?.context as { excerpt: string }).excerpt.length).toBeGreaterThan(0);
    }
    if (row.code === "ACCOUNT_DECODE_FAILED") expect(error?.context).toMatchObject({ account: SCENARIO_POOL, layout: "Whirlpool" });
    if (row.code !== "VENUE_ERROR") expect(h.metrics.counter("parseErrors", { venue: "orca" })).toBe(1);

    // The last good state stands: nothing new was published from the bad frame, and the pool stays usable.
    expect(h.pools.length).toBe(published);
    expect(h.pools.at(-1)).toBe(last);
    expect(h.status()).toBe("live");
  });
});
