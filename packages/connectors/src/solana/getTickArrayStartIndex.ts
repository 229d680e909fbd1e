import { ArbError } from "@arbkit/core";

/**
 * The start tick index of the tick array that holds `tickIndex`, moved `offset` arrays up (positive) or
 * down (negative): `floor(tick / (88 × spacing)) × 88 × spacing + offset × 88 × spacing`. Rounds toward
 * negative infinity, like Orca's `TickUtil.getStartTickIndex`.
 *
 * @param tickIndex Any tick (need not be a multiple of the spacing).
 * @param tickSpacing The pool's tick spacing (≥ 1).
 * @param offset Arrays to move from the one holding `tickIndex`. @default 0
 * @throws ArbError `ARGUMENT_INVALID` when an argument is not an integer or the spacing is < 1.
 * @example
 * ```ts
 * getTickArrayStartIndex(-38709, 64); // -39424
 * getTickArrayStartIndex(-38709, 64, 1); // -33792
 * ```
 */
export function getTickArrayStartIndex(tickIndex: number, tickSpacing: number, offset = 0): number {
  // Checked one by one, not in a loop over [name, value] pairs: this runs for every pool update.
  if (!Number.isSafeInteger(tickIndex)) throw notAnInteger("tickIndex", tickIndex);
  if (!Number.isSafeInteger(tickSpacing)) throw notAnInteger("tickSpacing", tickSpacing);
  if (!Number.isSafeInteger(offset)) throw notAnInteger("offset", offset);
  if (tickSpacing < 1) throw new ArbError("ARGUMENT_INVALID", "tickSpacing must be ≥ 1", { name: "tickSpacing", value: tickSpacing, reason: "< 1" });
  const ticksInArray = 88 * tickSpacing;
  return (Math.floor(tickIndex / ticksInArray) + offset) * ticksInArray;
}

function notAnInteger(name: string, value: number): ArbError {
  return new ArbError("ARGUMENT_INVALID", `${name} must be an integer`, { name, value, reason: "not an integer" });
}
