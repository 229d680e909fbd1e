import { describe, expect, it } from "vitest";
import { SequenceTracker, createSequenceError, isArbError } from "@arbkit/core";

describe("SequenceTracker", () => {
  it("accepts the first number when no start is given, then expects +1", () => {
    const t = new SequenceTracker({ stream: "s" });
    expect(t.expected).toBeUndefined();
    expect(t.observe(41)).toEqual({ kind: "ok" });
    expect(t.observe(42)).toEqual({ kind: "ok" });
    expect(t.expected).toBe(43);
    expect([t.gaps, t.regressions, t.missed, t.observed]).toEqual([0, 0, 0, 2]);
  });

  it("reports a gap with the count of missed numbers and continues from the received one", () => {
    const t = new SequenceTracker({ stream: "s", first: 0 });
    expect(t.observe(0).kind).toBe("ok");
    expect(t.observe(3)).toEqual({ kind: "gap", expected: 1, received: 3, missed: 2 });
    expect(t.observe(4).kind).toBe("ok");
    expect([t.gaps, t.missed]).toEqual([1, 2]);
  });

  it("a wrong first number is a gap when a start is configured", () => {
    const t = new SequenceTracker({ stream: "s", first: 0 });
    expect(t.observe(5)).toEqual({ kind: "gap", expected: 0, received: 5, missed: 5 });
  });

  it("reports repeats and backward steps as regressions and keeps expecting the old number", () => {
    const t = new SequenceTracker({ stream: "s", first: 10 });
    t.observe(10);
    t.observe(11);
    expect(t.observe(11)).toEqual({ kind: "regression", expected: 12, received: 11 });
    expect(t.observe(3)).toEqual({ kind: "regression", expected: 12, received: 3 });
    expect(t.observe(12).kind).toBe("ok");
    expect(t.regressions).toBe(2);
  });

  it("reset forgets the expectation but keeps the counts; clearCounts zeroes them", () => {
    const t = new SequenceTracker({ stream: "s", first: 0 });
    t.observe(2);
    t.reset();
    expect(t.observe(100).kind).toBe("ok");
    t.reset(7);
    expect(t.observe(8).kind).toBe("gap");
    expect(t.gaps).toBe(2);
    t.clearCounts();
    expect([t.gaps, t.regressions, t.missed, t.observed]).toEqual([0, 0, 0, 0]);
  });

  it("refuses non-integers and negatives (a caller bug)", () => {
    const t = new SequenceTracker({ stream: "s" });
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => t.observe(bad)).toThrow(/ARGUMENT_INVALID/);
    }
    expect(() => new SequenceTracker({ stream: "s", first: -1 })).toThrow(/ARGUMENT_INVALID/);
    expect(() => t.reset(0.5)).toThrow(/ARGUMENT_INVALID/);
    expect(t.observed).toBe(0);
  });

  it("turns results into typed errors", () => {
    const gap = createSequenceError("coinbase:1", { kind: "gap", expected: 1, received: 3, missed: 2 });
    expect(isArbError(gap, "BOOK_SEQUENCE_GAP")).toBe(true);
    expect(gap.context).toEqual({ stream: "coinbase:1", expected: 1, received: 3 });
    const regression = createSequenceError("coinbase:1", { kind: "regression", expected: 5, received: 4 });
    expect(isArbError(regression, "BOOK_SEQUENCE_REGRESSION")).toBe(true);
  });
});
