import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRfc3339Ms } from "./decodeRfc3339Ms";

describe("decodeRfc3339Ms", () => {
  it("keeps microseconds and truncates nanoseconds", () => {
    expect(decodeRfc3339Ms("1970-01-01T00:00:01.000500999Z")).toBe(1000.5);
    expect(decodeRfc3339Ms("2026-08-09T21:05:48Z")).toBe(Date.UTC(2026, 7, 9, 21, 5, 48));
    expect(decodeRfc3339Ms("2026-08-09T21:05:48.1Z")).toBe(Date.UTC(2026, 7, 9, 21, 5, 48) + 100);
  });
  it.each(["2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.26", "2026-08-09T21:05:48+01:00", "", "2026-13-40T99:99:99Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00,5Z", "2026-01-01T0a:00:00Z", "+2026-01-01T00:00:00Z"])("rejects %j", (text) => {
    expect(decodeRfc3339Ms(text)).toBeUndefined();
  });
  it("agrees with Date.parse on every valid instant, any fraction length", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59) }), fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }), (ms, nanos, digitCount) => {
        const whole = Math.floor(ms / 1000) * 1000;
        const iso = new Date(whole).toISOString().slice(0, 19);
        const fraction = String(nanos).padStart(9, "0").slice(0, digitCount);
        const text = `${iso}${digitCount === 0 ? "" : `.${fraction}`}Z`;
        const micros = digitCount === 0 ? 0 : Number(fraction.padEnd(9, "0").slice(0, 6));
        expect(decodeRfc3339Ms(text)).toBe(Date.parse(`${iso}Z`) + micros / 1000);
      }),
    );
  });
});
