import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideToSignificant } from "./divideToSignificant";

const D40 = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
const D5 = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_HALF_EVEN });

describe("divideToSignificant", () => {
  it("rounds half-even at the last digit", () => {
    expect(new Decimal(divideToSignificant(123445n, 1n, 0, 5)).toFixed()).toBe("123440");
    expect(new Decimal(divideToSignificant(123455n, 1n, 0, 5)).toFixed()).toBe("123460");
    expect(new Decimal(divideToSignificant(1234450001n, 10000n, 0, 5)).toFixed()).toBe("123450");
    expect(new Decimal(divideToSignificant(5n, 3n, -1, 40)).toFixed()).toBe("0.1666666666666666666666666666666666666667");
  });

  it("equals decimal.js's correctly rounded division", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 45n }),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.integer({ min: -30, max: 30 }),
        (n, d, e) => {
          const expected = new D40(n.toString()).div(d.toString()).times(new D40(10).pow(e));
          expect(new Decimal(divideToSignificant(n, d, e, 40)).toFixed()).toBe(expected.toFixed());
          const five = new D5(n.toString()).div(d.toString()).times(new D5(10).pow(e));
          expect(new Decimal(divideToSignificant(n, d, e, 5)).toFixed()).toBe(five.toFixed());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
