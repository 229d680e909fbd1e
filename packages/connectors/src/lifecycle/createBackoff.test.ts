import { describe, expect, it } from "vitest";
import { createBackoff } from "./createBackoff";

describe("createBackoff", () => {
  it("grows exponentially up to the cap and resets", () => {
    const b = createBackoff({ initialDelayMs: 100, maxDelayMs: 1_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(() => b.nextDelayMs())).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(b.attempts).toBe(6);
    b.reset();
    expect(b.nextDelayMs()).toBe(100);
  });

  it("applies jitter from the injected random source", () => {
    const values = [0, 0.5, 0.999];
    const b = createBackoff({ initialDelayMs: 1_000, multiplier: 1, jitter: 0.5, random: () => values.shift() ?? 0 });
    expect([b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs()]).toEqual([1_000, 750, 500]);
  });

  it.each([{ initialDelayMs: -1 }, { multiplier: 0.5 }, { jitter: 2 }, { maxDelayMs: 1, initialDelayMs: 5 }])("rejects %j", (options) => {
    expect(() => createBackoff(options)).toThrow(expect.objectContaining({ code: "ARGUMENT_INVALID" }));
  });
});
