/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
const field = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Formats records as CSV (RFC 4180, CRLF line ends) with the given columns as the header.
 *
 * @example
 * ```ts
 * toCsv(["ts", "status"], [{ ts: 1, status: "live" }]); // "ts,status\r\n1,live\r\n"
 * ```
 */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  return [columns.map(field).join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].map((l) => `${l}\r\n`).join("");
}
