import { describe, expect, it } from "vitest";
import { decodeRfc3339Ms } from "./decodeRfc3339Ms";

describe("decodeRfc3339Ms", () => {
  it("keeps microseconds and truncates nanoseconds", () => {
    expect(decodeRfc3339Ms("1970-01-01T00:00:01.000500999Z")).toBe(1000.5);
    expect(decodeRfc3339Ms("2026-08-09T21:05:48Z")).toBe(Date.UTC(2026, 7, 9, 21, 5, 48));
    expect(decodeRfc3339Ms("2026-08-09T21:05:48.1Z")).toBe(Date.UTC(2026, 7, 9, 21, 5, 48) + 100);
  });
  it.each(["2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.26", "2026-08-09T21:05:48+01:00", "", "2026-13-40T99:99:99Z"])("rejects %j", (text) => {
    expect(decodeRfc3339Ms(text)).toBeUndefined();
  });
});
