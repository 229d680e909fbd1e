import { ArbError } from "@arbkit/core";

/** How many characters of a bad frame an error carries (enough to recognize it, small enough to log). */
export const FRAME_EXCERPT_CHARS = 200;

/**
 * Builds the `FRAME_MALFORMED` error for a frame that failed validation, with the frame's first
 * {@link FRAME_EXCERPT_CHARS} characters as the excerpt.
 *
 * @example
 * ```ts
 * throw createFrameMalformedError("gemini", raw, "changes[3][1]: price is not a decimal");
 * ```
 */
export function createFrameMalformedError(venue: string, frame: string, reason: string, cause?: unknown): ArbError<"FRAME_MALFORMED"> {
  const excerpt = frame.length > FRAME_EXCERPT_CHARS ? `${frame.slice(0, FRAME_EXCERPT_CHARS)}…` : frame;
  return new ArbError(
    "FRAME_MALFORMED",
    `${venue}: malformed frame: ${reason}`,
    { venue, excerpt, reason },
    { ...(cause === undefined ? {} : { cause }), details: `${frame.length} characters; the frame was not applied` },
  );
}
