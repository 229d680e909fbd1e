import { ArbError } from "@arbkit/core";

/**
 * The journal `end_reason` of a run that an error ended: `failed: CODE` for a coded error (e.g.
 * `failed: RECORDING_INVALID`), `failed` for anything else. Never `completed`: a run cut short by a bad
 * recording or a crash must not read as a success in `arb-cli report`.
 *
 * @example
 * ```ts
 * getFailedEndReason(new ArbError("RECORDING_INVALID", "x.jsonl:3: bad line", { file: "x.jsonl", line: 3, reason: "bad" })); // "failed: RECORDING_INVALID"
 * ```
 */
export function getFailedEndReason(error: unknown): string {
  return error instanceof ArbError ? `failed: ${error.code}` : "failed";
}
