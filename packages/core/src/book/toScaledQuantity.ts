import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { decimalToScaled } from "../money/decimalToScaled";
import { parseDecimal } from "../money/parseDecimal";

/** A walk request as an exact scaled integer. @internal */
export interface ScaledQuantity {
  readonly decimal: Decimal;
  readonly units: bigint;
  readonly scale: number;
}

/**
 * Converts a walk request (Decimal or decimal string) to `units × 10^-scale` exactly, with `scale` its
 * own number of fractional digits.
 * @throws ArbError `QUANTITY_INVALID` for a non-decimal string, NaN, ±Infinity or a negative amount.
 * @internal
 */
export function toScaledQuantity(quantity: Decimal | string): ScaledQuantity {
  let decimal: Decimal;
  try {
    decimal = typeof quantity === "string" ? parseDecimal(quantity) : quantity;
    if (!Decimal.isDecimal(decimal) || !decimal.isFinite() || decimal.isNegative()) throw new Error("not a finite amount ≥ 0");
  } catch (cause) {
    throw new ArbError(
      "QUANTITY_INVALID",
      `Invalid quantity: ${String(quantity).slice(0, 64)}`,
      { quantity: String(quantity).slice(0, 64), reason: "expected a finite, non-negative decimal" },
      { cause },
    );
  }
  const scale = decimal.decimalPlaces();
  return { decimal, units: decimalToScaled(decimal, scale), scale };
}
