import { describe, expect, it } from "vitest";
import { TestClock, isArbError } from "@arbkit/core";
import { createStalenessWatch } from "./createStalenessWatch";

describe("createStalenessWatch", () => {
  it("fires once when a key is silent for staleAfterMs, measured from its last touch", () => {
    const clock = new TestClock(0);
    const stale: [string, number, number][] = [];
    const watch = createStalenessWatch<string>({ clock, staleAfterMs: 1_000, onStale: (k, last) => stale.push([k, last, clock.now()]) });
    watch.touch("a");
    clock.advanceTo(600);
    watch.touch("a");
    clock.advanceTo(1_500);
    expect(stale).toEqual([]);
    clock.advanceTo(1_600);
    expect(stale).toEqual([["a", 600, 1_600]]);
    expect(watch.isStale("a")).toBe(true);
    clock.advanceTo(10_000);
    expect(stale).toHaveLength(1);
    watch.touch("a");
    expect(watch.isStale("a")).toBe(false);
    clock.advanceTo(11_000);
    expect(stale).toHaveLength(2);
  });

  it("keeps one timer per key however often it is touched; forget and clear cancel", () => {
    const clock = new TestClock(0);
    const watch = createStalenessWatch<string>({ clock, staleAfterMs: 100, onStale: () => expect.fail("forgotten key fired") });
    for (let i = 0; i < 1_000; i++) watch.touch("hot");
    watch.touch("other");
    expect(clock.pendingTimers).toBe(2);
    watch.forget("hot");
    watch.clear();
    expect(clock.pendingTimers).toBe(0);
    clock.advanceTo(1_000);
  });

  it("rejects a non-positive staleAfterMs", () => {
    expect(() => createStalenessWatch({ clock: new TestClock(), staleAfterMs: 0, onStale: () => {} })).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
    try {
      createStalenessWatch({ clock: new TestClock(), staleAfterMs: Number.NaN, onStale: () => {} });
    } catch (e) {
      expect(isArbError(e, "ARGUMENT_INVALID")).toBe(true);
    }
  });
});
