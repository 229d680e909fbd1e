import { describe, expect, it } from "vitest";
import { createLiveClock } from "@arbkit/core";

describe("createLiveClock", () => {
  it("reads the wall clock", () => {
    const clock = createLiveClock();
    const before = Date.now();
    const now = clock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("fires a timeout once and an interval until cancelled", async () => {
    const clock = createLiveClock({ keepAlive: true });
    const fired = await new Promise<number>((resolve) => clock.setTimeout(() => resolve(clock.now()), 5));
    expect(typeof fired).toBe("number");
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const cancel = clock.setInterval(() => {
        ticks++;
        if (ticks === 3) {
          cancel();
          resolve();
        }
      }, 2);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ticks).toBe(3);
  });

  it("a cancelled timeout never fires", async () => {
    const clock = createLiveClock();
    let fired = false;
    const cancel = clock.setTimeout(() => (fired = true), 1);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toBe(false);
  });

  it("validates delays like every clock", () => {
    const clock = createLiveClock();
    expect(() => clock.setTimeout(() => {}, -5)).toThrow(/CLOCK_DELAY_INVALID/);
    expect(() => clock.setInterval(() => {}, 0)).toThrow(/CLOCK_DELAY_INVALID/);
  });
});
