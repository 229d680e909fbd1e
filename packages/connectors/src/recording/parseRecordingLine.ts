import { ArbError } from "@arbkit/core";
import type { RecordedFrame, RecordingHeader } from "./RecordedFrame";

/** Where a line came from, for error messages. */
export interface RecordingLineLocation {
  readonly file: string;
  readonly line: number;
}

/**
 * Parses and validates one recording line: a {@link RecordedFrame}, or the {@link RecordingHeader}
 * (allowed on line 1 only). `defaultVenue` fills `venue` for lines without one (the shared fixtures).
 *
 * @throws ArbError `RECORDING_INVALID` naming the file, line and the problem.
 */
export function parseRecordingLine(
  text: string,
  where: RecordingLineLocation,
  defaultVenue?: string,
): RecordedFrame | RecordingHeader {
  const fail = (reason: string): never => {
    throw new ArbError("RECORDING_INVALID", `${where.file}:${where.line}: ${reason}`, {
      file: where.file,
      line: where.line,
      reason,
    });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(`not valid JSON (${text.length} characters, starts ${JSON.stringify(text.slice(0, 40))})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("expected a JSON object");
  const v = value as Record<string, unknown>;
  if ("$arbkit" in v) {
    if (where.line !== 1) return fail("a recording header is only allowed on the first line");
    if (v.$arbkit !== "recording/1") return fail(`unsupported recording format ${JSON.stringify(v.$arbkit)}`);
    if (typeof v.startedAt !== "number" || !Number.isFinite(v.startedAt)) return fail("header.startedAt must be a number");
    if (!Array.isArray(v.venues) || !v.venues.every((x) => typeof x === "string")) return fail("header.venues must be strings");
    return Object.freeze({
      $arbkit: "recording/1",
      startedAt: v.startedAt,
      venues: Object.freeze([...(v.venues as string[])]),
      ...(typeof v.source === "string" ? { source: v.source } : {}),
    });
  }
  const { recvTs, conn, frame, dir } = v;
  const venue = v.venue ?? defaultVenue;
  if (typeof recvTs !== "number" || !Number.isFinite(recvTs) || recvTs < 0) return fail("recvTs must be a non-negative number (Unix seconds)");
  if (typeof venue !== "string" || venue.length === 0) return fail("venue must be a non-empty string");
  if (typeof conn !== "string") return fail("conn must be a string");
  if (typeof frame !== "string") return fail("frame must be a string (the raw frame text)");
  if (dir !== undefined && dir !== "in" && dir !== "out") return fail('dir must be "in" or "out"');
  return Object.freeze({ recvTs, venue, conn, frame, ...(dir === undefined ? {} : { dir }) });
}
