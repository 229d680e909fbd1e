import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { parseScaled } from "./parseScaled";

/**
 * The exact scaled integer `value × 10^scale` of a `Decimal` or decimal string, as a bigint. Never rounds.
 * Negative values are accepted (a `Decimal` carries its sign; strings follow the strict grammar).
 *
 * @throws ArbError `DECIMAL_INVALID` for NaN, ±Infinity or a string outside the strict grammar.
 * @throws ArbError `DECIMAL_PRECISION_EXCEEDED` when the value is not a multiple of `10^-scale`.
 * @example
 * ```ts
 * decimalToScaled(new Decimal("1.25"), 2); // 125n
 * ```
 */
export function decimalToScaled(value: Decimal | string, scale: number): bigint {
  if (typeof value === "string") return parseScaled(value, scale, { allowNegative: true });
  if (!Decimal.isDecimal(value) || !value.isFinite()) {
    throw new ArbError("DECIMAL_INVALID", `Not a finite Decimal: ${String(value)}`, {
      input: String(value),
      reason: "not finite",
    });
  }
  // toFixed() with no argument is exact normal notation (never exponent, never rounded).
  return parseScaled(value.toFixed(), scale, { allowNegative: true });
}
