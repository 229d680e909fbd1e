import { describe, expect, it } from "vitest";
import { TestClock, isArbError } from "@arbkit/core";

describe("TestClock", () => {
  it("starts at the given time and moves only when advanced", () => {
    const clock = new TestClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advanceBy(250);
    expect(clock.now()).toBe(1_250);
    expect(new TestClock().now()).toBe(0);
  });

  it("fires timers in due order, ties in scheduling order, with now() at each due time", () => {
    const clock = new TestClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 30);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => fired.push(`b1@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`b2@${clock.now()}`), 20);
    expect(clock.nextTimerAt()).toBe(10);
    clock.advanceTo(25);
    expect(fired).toEqual(["a@10", "b1@20", "b2@20"]);
    expect(clock.now()).toBe(25);
    clock.advanceTo(30);
    expect(fired).toEqual(["a@10", "b1@20", "b2@20", "c@30"]);
    expect(clock.pendingTimers).toBe(0);
  });

  it("fires timers scheduled by a timer within the same advance when they fall due", () => {
    const clock = new TestClock(0);
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 5);
    }, 10);
    clock.advanceTo(100);
    expect(fired).toEqual([10, 15]);
  });

  it("a zero delay fires on the next advance, even by zero", () => {
    const clock = new TestClock(5);
    let fired = false;
    clock.setTimeout(() => (fired = true), 0);
    expect(fired).toBe(false);
    clock.advanceBy(0);
    expect(fired).toBe(true);
  });

  it("refuses to go backwards, firing nothing and keeping the time", () => {
    const clock = new TestClock(100);
    let fired = false;
    clock.setTimeout(() => (fired = true), 0);
    try {
      clock.advanceTo(99);
      expect.unreachable();
    } catch (error) {
      expect(isArbError(error, "CLOCK_BACKWARDS")).toBe(true);
      if (isArbError(error, "CLOCK_BACKWARDS")) expect(error.context).toEqual({ now: 100, requested: 99 });
    }
    expect(() => clock.advanceTo(Number.NaN)).toThrow(/CLOCK_BACKWARDS/);
    expect(fired).toBe(false);
    expect(clock.now()).toBe(100);
  });

  it("repeats intervals at each multiple and stops when cancelled", () => {
    const clock = new TestClock(0);
    const ticks: number[] = [];
    const cancel = clock.setInterval(() => ticks.push(clock.now()), 100);
    clock.advanceTo(350);
    expect(ticks).toEqual([100, 200, 300]);
    cancel();
    cancel();
    clock.advanceTo(1_000);
    expect(ticks).toEqual([100, 200, 300]);
    expect(clock.pendingTimers).toBe(0);
  });

  it("an interval can cancel itself from its callback", () => {
    const clock = new TestClock(0);
    let count = 0;
    const cancel = clock.setInterval(() => {
      count++;
      if (count === 2) cancel();
    }, 10);
    clock.advanceTo(100);
    expect(count).toBe(2);
  });

  it("cancelled timeouts never fire; cancelling after firing is a no-op", () => {
    const clock = new TestClock(0);
    let fired = 0;
    const cancelA = clock.setTimeout(() => fired++, 10);
    const cancelB = clock.setTimeout(() => fired++, 20);
    cancelA();
    clock.advanceTo(30);
    cancelB();
    expect(fired).toBe(1);
  });

  it("rejects invalid delays and start times", () => {
    const clock = new TestClock(0);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => clock.setTimeout(() => {}, bad)).toThrow(/CLOCK_DELAY_INVALID/);
    }
    expect(() => clock.setInterval(() => {}, 0)).toThrow(/CLOCK_DELAY_INVALID/);
    expect(() => new TestClock(Number.NaN)).toThrow(/ARGUMENT_INVALID/);
  });
});
