/**
 * JSON for journal `data` columns: bigint as a decimal string, objects with `toJSON` (decimal.js values)
 * through it, so every amount stays exact.
 */
export function toJournalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
}
