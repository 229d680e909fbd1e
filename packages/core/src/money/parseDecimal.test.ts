import { describe, expect, it } from "vitest";
import { isArbError, isDecimalString, parseDecimal } from "@arbkit/core";

describe("parseDecimal", () => {
  it.each(["77.433", "0.0", "0", "65062.5", "0.00000001", "123456789012345678901234567890.123456789"])(
    "parses %s exactly",
    (input) => {
      expect(parseDecimal(input).toFixed()).toBe(input.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""));
    },
  );

  it.each(["1e-8", "", " 1", "1 ", "NaN", "Infinity", ".5", "5.", "+1", "0x10", "1,5", "--1", "1.2.3"])("rejects %j", (input) => {
    expect(isDecimalString(input)).toBe(false);
    try {
      parseDecimal(input);
      expect.unreachable();
    } catch (error) {
      expect(isArbError(error, "DECIMAL_INVALID")).toBe(true);
    }
  });

  it("rejects negatives unless allowed", () => {
    expect(() => parseDecimal("-1.5")).toThrow(/DECIMAL_INVALID/);
    expect(parseDecimal("-1.5", { allowNegative: true }).toFixed()).toBe("-1.5");
  });

  it("rejects non-strings", () => {
    expect(isDecimalString(1.5)).toBe(false);
    expect(() => parseDecimal(1.5 as unknown as string)).toThrow(/DECIMAL_INVALID/);
  });
});
