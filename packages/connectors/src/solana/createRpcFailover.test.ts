import { TestClock } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createRpcFailover } from "./createRpcFailover";

describe("createRpcFailover", () => {
  it("moves on after a failure and offers the preferred endpoint back after its cool-down", () => {
    const clock = new TestClock(0);
    const f = createRpcFailover({ endpoints: 3, clock, backoff: { initialDelayMs: 1_000, jitter: 0 } });
    expect(f.current()).toBe(0);
    expect(f.fail(0)).toBe(1);
    expect(f.preferred()).toBeUndefined();
    expect(f.fail(1)).toBe(2);
    clock.advanceBy(999);
    expect(f.preferred()).toBeUndefined();
    clock.advanceBy(1);
    expect(f.preferred()).toBe(0);
    f.use(0);
    expect(f.fail(0)).toBe(1); // 1 cooled down too
    expect(f.availableAt(0)).toBe(3_000); // second failure: 2 s
    f.succeed(0);
    expect(f.availableAt(0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it("when every endpoint cools down, uses the one available first", () => {
    const clock = new TestClock(0);
    const f = createRpcFailover({ endpoints: 2, clock, backoff: { initialDelayMs: 1_000, jitter: 0 } });
    f.fail(0);
    f.fail(1);
    f.fail(1); // endpoint 1 now waits until 2 s... and 0 until 1 s
    expect(f.current()).toBe(0);
  });

  it("rejects an empty endpoint list", () => {
    expect(() => createRpcFailover({ endpoints: 0, clock: new TestClock(0) })).toThrow(/endpoint/);
  });
});
