import { describe, expect, it } from "vitest";
import { createInMemoryConnectorMetrics } from "./createInMemoryConnectorMetrics";
import { createNoopConnectorMetrics } from "./createNoopConnectorMetrics";

describe("in-memory and no-op connector metrics", () => {
  it("counts per label set, sums with instrument '*', keeps gauges and snapshots sorted", () => {
    const m = createInMemoryConnectorMetrics();
    m.increment("frames", { venue: "coinbase" });
    m.increment("frames", { venue: "coinbase" }, 2);
    m.increment("resyncs", { venue: "coinbase", instrument: "coinbase:BTC-USD" });
    m.increment("resyncs", { venue: "coinbase", instrument: "coinbase:ETH-USD" });
    m.increment("resyncs", { venue: "gemini", instrument: "gemini:SOLUSD" });
    m.setGauge("status", { venue: "coinbase" }, 3);
    expect(m.counter("frames", { venue: "coinbase" })).toBe(3);
    expect(m.counter("resyncs", { venue: "coinbase", instrument: "*" })).toBe(2);
    expect(m.counter("gaps", { venue: "coinbase" })).toBe(0);
    expect(m.gauge("status", { venue: "coinbase" })).toBe(3);
    expect(m.gauge("status", { venue: "gemini" })).toBeUndefined();
    expect(Object.keys(m.snapshot())).toEqual(["frames{coinbase}", "resyncs{coinbase,coinbase:BTC-USD}", "resyncs{coinbase,coinbase:ETH-USD}", "resyncs{gemini,gemini:SOLUSD}", "status{coinbase}"]);
    expect(() => m.increment("frames", { venue: "coinbase" }, -1)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
  });

  it("the no-op metrics accept everything and keep nothing", () => {
    const m = createNoopConnectorMetrics();
    expect(() => {
      m.increment("frames", { venue: "x" });
      m.setGauge("bookUpdatedAt", { venue: "x", instrument: "x:Y" }, 1);
    }).not.toThrow();
    expect(Object.isFrozen(m)).toBe(true);
  });
});
