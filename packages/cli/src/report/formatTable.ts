/**
 * Formats rows as an aligned plain-text table with a header line. Numbers are right-aligned.
 *
 * @example
 * ```ts
 * formatTable(["kind", "count"], [["trades", 3]]);
 * ```
 */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number" || /^-?\d+(\.\d+)?%?$/.test(String(r[i] ?? ""))));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (numeric[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
