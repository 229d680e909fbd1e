import { ArbError } from "../errors/ArbError";
import { parseScaledNumber } from "../money/parseScaledNumber";
import type { BookSide } from "./ReadonlyOrderBook";

/**
 * Builds the `BOOK_LEVEL_INVALID` error for a rejected level, with the precise decimal error (grammar,
 * precision, range) as its `cause` when the price or size failed to parse. Off the hot path.
 * @internal
 */
export function createLevelError(
  instrument: string,
  side: BookSide | string,
  price: string,
  size: string,
  reason: string,
  scaleOfFailing?: { readonly value: string; readonly scale: number },
): ArbError<"BOOK_LEVEL_INVALID"> {
  let cause: unknown;
  if (scaleOfFailing !== undefined) {
    try {
      parseScaledNumber(scaleOfFailing.value, scaleOfFailing.scale);
    } catch (error) {
      cause = error;
    }
  }
  const text = (value: unknown): string => String(value).slice(0, 64);
  return new ArbError(
    "BOOK_LEVEL_INVALID",
    `Rejected ${text(side)} level ${text(price)} × ${text(size)} on ${instrument}: ${reason}`,
    { instrument, side: text(side), price: text(price), size: text(size), reason },
    cause === undefined ? {} : { cause },
  );
}
