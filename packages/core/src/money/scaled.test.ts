import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  decimalToScaled,
  formatScaled,
  getDecimalScale,
  isArbError,
  parseScaled,
  parseScaledNumber,
  scaledToDecimal,
} from "@arbkit/core";

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return isArbError(error) ? error.code : "not an ArbError";
  }
  return undefined;
};

describe("getDecimalScale", () => {
  it.each([
    ["5", 0],
    ["5.000", 0],
    ["0.01", 2],
    ["0.010", 2],
    ["0.00000001", 8],
    ["-1.5", 1],
  ])("%s → %d", (input, scale) => expect(getDecimalScale(input)).toBe(scale));

  it("rejects invalid input", () => expect(code(() => getDecimalScale("1e-8"))).toBe("DECIMAL_INVALID"));
});

describe("parseScaled (bigint)", () => {
  it("scales exactly, ignoring trailing zeros", () => {
    expect(parseScaled("77.433", 3)).toBe(77433n);
    expect(parseScaled("0.00583", 8)).toBe(583000n);
    expect(parseScaled("1.50", 1)).toBe(15n);
    expect(parseScaled("0", 5)).toBe(0n);
    expect(parseScaled("123456789012345678901234567890.5", 1)).toBe(1234567890123456789012345678905n);
    expect(parseScaled("-2.5", 2, { allowNegative: true })).toBe(-250n);
  });

  it("never rounds: too many decimals is a typed error", () => {
    expect(code(() => parseScaled("0.001", 2))).toBe("DECIMAL_PRECISION_EXCEEDED");
    expect(code(() => parseScaled("1.05", 1))).toBe("DECIMAL_PRECISION_EXCEEDED");
  });

  it("rejects bad input, negatives and bad scales", () => {
    expect(code(() => parseScaled("1e-8", 8))).toBe("DECIMAL_INVALID");
    expect(code(() => parseScaled("-1", 0))).toBe("DECIMAL_INVALID");
    expect(code(() => parseScaled("1", -1))).toBe("ARGUMENT_INVALID");
    expect(code(() => parseScaled("1", 1.5))).toBe("ARGUMENT_INVALID");
    expect(code(() => parseScaled("1", 37))).toBe("ARGUMENT_INVALID");
  });
});

describe("parseScaledNumber (hot path)", () => {
  it("scales exactly", () => {
    expect(parseScaledNumber("65062.5", 2)).toBe(6506250);
    expect(parseScaledNumber("0.00583", 8)).toBe(583000);
    expect(parseScaledNumber("0.0", 0)).toBe(0);
    expect(parseScaledNumber("007.10", 2)).toBe(710);
    expect(parseScaledNumber("9007199254740991", 0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseScaledNumber("90071992.54740991", 8)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("reports each failure with its own code", () => {
    expect(code(() => parseScaledNumber("9007199254740992", 0))).toBe("DECIMAL_OUT_OF_RANGE");
    expect(code(() => parseScaledNumber("1", 16))).toBe("DECIMAL_OUT_OF_RANGE");
    expect(code(() => parseScaledNumber("0.001", 2))).toBe("DECIMAL_PRECISION_EXCEEDED");
    expect(code(() => parseScaledNumber("0.0010", 2))).toBe("DECIMAL_PRECISION_EXCEEDED");
    expect(code(() => parseScaledNumber("-1", 2))).toBe("DECIMAL_INVALID");
    for (const bad of ["", "1e-8", ".5", "5.", "+1", " 1", "NaN", "1..2", "1.2.3", "1-"]) {
      expect(code(() => parseScaledNumber(bad, 8)), bad).toBe("DECIMAL_INVALID");
    }
  });
});

describe("formatScaled / scaledToDecimal / decimalToScaled", () => {
  it("formats normalized exact strings", () => {
    expect(formatScaled(6506250, 2)).toBe("65062.5");
    expect(formatScaled(583000n, 8)).toBe("0.00583");
    expect(formatScaled(0, 8)).toBe("0");
    expect(formatScaled(100, 2)).toBe("1");
    expect(formatScaled(-5, 1)).toBe("-0.5");
    expect(formatScaled(42, 0)).toBe("42");
    expect(formatScaled(10n ** 38n + 1n, 36)).toBe(`100.${"0".repeat(35)}1`);
  });

  it("refuses numbers that are not safe integers", () => {
    expect(code(() => formatScaled(1.5, 2))).toBe("ARGUMENT_INVALID");
    expect(code(() => formatScaled(2 ** 53, 2))).toBe("ARGUMENT_INVALID");
  });

  it("converts to and from Decimal exactly", () => {
    expect(scaledToDecimal(6506250, 2).toFixed()).toBe("65062.5");
    expect(scaledToDecimal(123456789012345678901234567890n, 10).toFixed()).toBe("12345678901234567890.123456789");
    expect(decimalToScaled(new Decimal("1.25"), 2)).toBe(125n);
    expect(decimalToScaled(new Decimal("-1.25"), 3)).toBe(-1250n);
    expect(decimalToScaled("123456789012345678901234567890", 0)).toBe(123456789012345678901234567890n);
    expect(code(() => decimalToScaled(new Decimal("1.255"), 2))).toBe("DECIMAL_PRECISION_EXCEEDED");
    expect(code(() => decimalToScaled(new Decimal(Number.NaN), 2))).toBe("DECIMAL_INVALID");
    expect(code(() => decimalToScaled(new Decimal(Number.POSITIVE_INFINITY), 2))).toBe("DECIMAL_INVALID");
  });
});
