import { TestClock } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createCachedValue } from "./createCachedValue";

describe("createCachedValue", () => {
  it("computes once per lifetime, shares concurrent reads, and recomputes after invalidate()", async () => {
    const clock = new TestClock(0);
    let computed = 0;
    const cached = createCachedValue(clock, 1000, () => ++computed);
    expect(await Promise.all([cached.get(), cached.get()])).toEqual([1, 1]);
    clock.advanceTo(999);
    expect(await cached.get()).toBe(1);
    clock.advanceTo(1000);
    expect(await cached.get()).toBe(2);
    cached.invalidate();
    expect(await cached.get()).toBe(3);
  });

  it("does not keep a failed computation", async () => {
    const clock = new TestClock(0);
    let fail = true;
    const cached = createCachedValue(clock, 1000, () => {
      if (fail) throw new Error("boom");
      return "ok";
    });
    await expect(cached.get()).rejects.toThrow("boom");
    fail = false;
    expect(await cached.get()).toBe("ok");
  });
});
