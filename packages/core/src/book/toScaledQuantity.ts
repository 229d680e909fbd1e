import { Decimal } from "decimal.js";
import { ArbError } from "../errors/ArbError";
import { decimalToScaled } from "../money/decimalToScaled";
import { getDecimalScale } from "../money/getDecimalScale";
import { parseScaled } from "../money/parseScaled";
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
  if (typeof quantity === "string") {
    // Strings skip the Decimal round trip: the grammar was checked by parseDecimal above.
    const scale = getDecimalScale(quantity);
    return { decimal, units: parseScaled(quantity, scale), scale };
  }
  const scale = decimal.decimalPlaces();
  return { decimal, units: decimalToScaled(decimal, scale), scale };
}
