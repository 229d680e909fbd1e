import { ArbError } from "../errors/ArbError";
import type { SequenceGap, SequenceRegression } from "./SequenceObservation";

/**
 * The typed error for a gap (`BOOK_SEQUENCE_GAP`) or regression (`BOOK_SEQUENCE_REGRESSION`), to publish
 * as a venue error event or to attach as the `cause` of a resync.
 *
 * @example
 * ```ts
 * const r = tracker.observe(seq);
 * if (r.kind !== "ok") bus.publish(topics.error(venue), { ...ts, venue, instrument, error: createSequenceError(tracker.stream, r) });
 * ```
 */
export function createSequenceError(
  stream: string,
  observation: SequenceGap | SequenceRegression,
): ArbError<"BOOK_SEQUENCE_GAP"> | ArbError<"BOOK_SEQUENCE_REGRESSION"> {
  const context = { stream, expected: observation.expected, received: observation.received };
  return observation.kind === "gap"
    ? new ArbError("BOOK_SEQUENCE_GAP", `Sequence gap on ${stream}: expected ${context.expected}, got ${context.received}`, context)
    : new ArbError(
        "BOOK_SEQUENCE_REGRESSION",
        `Sequence regression on ${stream}: expected ${context.expected}, got ${context.received}`,
        context,
      );
}
