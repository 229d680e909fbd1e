import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaled, isArbError, parseScaled, parseScaledNumber } from "@arbkit/core";

/** A non-negative decimal string: digits, an optional fraction, optional trailing zeros. */
const decimalString = fc
  .tuple(
    fc.stringMatching(/^[0-9]{1,20}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: undefined }),
  )
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

describe("scaled conversions (properties)", () => {
  it("parseScaledNumber agrees with the bigint parser whenever the value is a safe integer", () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 20 }), (input, scale) => {
        let big: bigint | undefined;
        try {
          big = parseScaled(input, scale);
        } catch (error) {
          expect(isArbError(error, "DECIMAL_PRECISION_EXCEEDED")).toBe(true);
        }
        let num: number | undefined;
        let numCode: string | undefined;
        try {
          num = parseScaledNumber(input, scale);
        } catch (error) {
          numCode = isArbError(error) ? error.code : "other";
        }
        if (big === undefined) expect(numCode).toBe("DECIMAL_PRECISION_EXCEEDED");
        else if (big > BigInt(Number.MAX_SAFE_INTEGER)) expect(numCode).toBe("DECIMAL_OUT_OF_RANGE");
        else expect(num).toBe(Number(big));
      }),
      { numRuns: 2000 },
    );
  });

  it("format → parse round-trips every scaled integer", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 36 }), (value, scale) => {
        const text = formatScaled(value, scale);
        expect(parseScaled(text, scale)).toBe(value);
        expect(text).not.toMatch(/\.$|\.\d*0$/);
      }),
    );
  });

  it("format → parse round-trips safe numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 15 }), (value, scale) => {
        expect(parseScaledNumber(formatScaled(value, scale), scale)).toBe(value);
      }),
    );
  });
});
