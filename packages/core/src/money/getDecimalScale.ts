import { ArbError } from "../errors/ArbError";
import { isDecimalString } from "./isDecimalString";

/**
 * The number of significant fractional digits of a decimal string: the smallest scale at which it is an
 * integer. Trailing zeros do not count (`"0.010"` → 2, `"5"` → 0, `"5.000"` → 0). Exact, no rounding.
 *
 * @throws ArbError `DECIMAL_INVALID` when `input` is not in the strict decimal grammar.
 * @example
 * ```ts
 * getDecimalScale("0.01"); // 2 (Coinbase's SOL-USD price increment)
 * ```
 */
export function getDecimalScale(input: string): number {
  if (!isDecimalString(input)) {
    throw new ArbError("DECIMAL_INVALID", `Not a decimal string: ${JSON.stringify(String(input).slice(0, 64))}`, {
      input: String(input).slice(0, 64),
      reason: "expected -?digits[.digits] with no exponent or whitespace",
    });
  }
  const dot = input.indexOf(".");
  if (dot < 0) return 0;
  let end = input.length;
  while (end > dot + 1 && input.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1;
}
