import { createFrameMalformedError } from "./createFrameMalformedError";

/**
 * `JSON.parse` of a raw venue frame that must be a JSON object.
 *
 * @throws ArbError `FRAME_MALFORMED` (the venue, an excerpt, and "not valid JSON (truncated?)" or "not a
 * JSON object").
 * @example
 * ```ts
 * const value = parseFrameObject("gemini", raw);
 * ```
 */
export function parseFrameObject(venue: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw createFrameMalformedError(venue, text, "not valid JSON (truncated?)", error);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw createFrameMalformedError(venue, text, "not a JSON object");
  return value as Record<string, unknown>;
}
