const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

/**
 * Decodes an RFC 3339 UTC timestamp with up to 9 fractional digits (`"2026-08-09T21:05:48.483587501Z"`) to
 * Unix ms, keeping the microseconds as a fraction (digits beyond µs are truncated). Returns `undefined` for
 * anything else (offsets other than `Z` are not used by Coinbase).
 *
 * @example
 * ```ts
 * decodeRfc3339Ms("1970-01-01T00:00:01.0005Z"); // 1000.5
 * ```
 */
export function decodeRfc3339Ms(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const whole = Date.parse(`${m[1] as string}Z`);
  if (Number.isNaN(whole)) return undefined;
  const fraction = m[2];
  if (fraction === undefined) return whole;
  const micros = Number(fraction.slice(0, 6).padEnd(6, "0"));
  return whole + micros / 1000;
}
