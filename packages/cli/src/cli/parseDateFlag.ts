import { ArbError } from "@arbkit/core";

/**
 * Parses a `--from`/`--to` value: an ISO date (`2026-08-09`, midnight UTC), an ISO date-time
 * (`2026-08-09T21:30:00Z`) or Unix milliseconds. Returns Unix ms.
 *
 * @throws ArbError `CLI_USAGE_INVALID` naming the flag.
 */
export function parseDateFlag(flag: string, value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    if (/^\d{10,}$/.test(value)) return Number(value);
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : Number.NaN;
    if (Number.isFinite(ms)) return ms;
  }
  throw new ArbError("CLI_USAGE_INVALID", `--${flag} ${JSON.stringify(value)} is not a date`, {
    argument: `--${flag}`,
    reason: "expected YYYY-MM-DD, an ISO date-time such as 2026-08-09T21:30:00Z, or Unix milliseconds",
  });
}
