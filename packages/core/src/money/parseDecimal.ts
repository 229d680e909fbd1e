import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { isDecimalString } from "./isDecimalString";

/** Options for {@link parseDecimal}. */
export interface ParseDecimalOptions {
  /** Accept a leading `-`. @default false (venue prices and sizes are never negative) */
  readonly allowNegative?: boolean;
}

/**
 * Parses a venue decimal string exactly into a `Decimal` (no float on the way; no rounding: decimal.js
 * keeps every digit of inputs up to its 1e9-digit limit).
 *
 * @throws ArbError `DECIMAL_INVALID` for anything outside the strict grammar (`"1e-8"`, `""`, `"NaN"`,
 * `" 1"`), or for a negative value unless `allowNegative`.
 * @example
 * ```ts
 * parseDecimal("77.433").toFixed(); // "77.433"
 * ```
 */
export function parseDecimal(input: string, options: ParseDecimalOptions = {}): Decimal {
  if (!isDecimalString(input)) {
    throw new ArbError("DECIMAL_INVALID", `Not a decimal string: ${JSON.stringify(String(input).slice(0, 64))}`, {
      input: String(input).slice(0, 64),
      reason: "expected -?digits[.digits] with no exponent or whitespace",
    });
  }
  if (input.charCodeAt(0) === 45 /* - */ && options.allowNegative !== true) {
    throw new ArbError("DECIMAL_INVALID", `Negative value not allowed: ${input}`, {
      input,
      reason: "negative",
    });
  }
  return new Decimal(input);
}
