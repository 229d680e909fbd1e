import { Decimal } from "decimal.js";
import { formatScaled } from "./formatScaled";

/**
 * The exact `Decimal` of a scaled integer (`value × 10^-scale`). No rounding: the Decimal is built from
 * the exact string, and decimal.js keeps every digit of a constructed value.
 *
 * @throws ArbError `ARGUMENT_INVALID` (see {@link formatScaled}).
 * @example
 * ```ts
 * scaledToDecimal(6506250, 2).toFixed(); // "65062.5"
 * ```
 */
export function scaledToDecimal(value: number | bigint, scale: number): Decimal {
  return new Decimal(formatScaled(value, scale));
}
