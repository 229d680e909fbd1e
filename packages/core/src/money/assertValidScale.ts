import { ArbError } from "../errors/ArbError";
import { MAX_SCALE } from "./pow10";

/**
 * Checks that `scale` is an integer number of decimals in [0, 36].
 * @throws ArbError `ARGUMENT_INVALID`
 * @internal
 */
export function assertValidScale(scale: number, name = "scale"): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new ArbError("ARGUMENT_INVALID", `${name} must be an integer in [0, ${MAX_SCALE}], got ${scale}`, {
      name,
      value: scale,
      reason: `expected an integer in [0, ${MAX_SCALE}]`,
    });
  }
}
