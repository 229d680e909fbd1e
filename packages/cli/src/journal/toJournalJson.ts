const bigintAsString = (_key: string, v: unknown): unknown => (typeof v === "bigint" ? v.toString() : v);

/** Thrown inside {@link toPlain} when a value needs `JSON.stringify`'s own rules (never escapes it). */
const UNUSUAL = Symbol("unusual");

/**
 * A copy of `value` that `JSON.stringify` without a replacer turns into exactly what it would write for
 * `value` with the bigint replacer: bigints become strings and values with `toJSON` (decimal.js, Date)
 * become what it returns. Only plain objects, arrays, primitives and `toJSON` values that return a
 * primitive are copied; anything else (a class instance, a boxed primitive, an own `toJSON` property,
 * a `toJSON` that returns an object) throws {@link UNUSUAL} and the caller uses the replacer. So does any
 * error (a cycle overflows the stack here; `JSON.stringify` then reports it as it always did).
 */
function toPlain(value: unknown, key: string): unknown {
  if (typeof value === "bigint") {
    // JSON.stringify would call a BigInt.prototype.toJSON someone installed.
    if ((value as unknown as { toJSON?: unknown }).toJSON !== undefined) throw UNUSUAL;
    return value.toString();
  }
  if (typeof value !== "object" || value === null) return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") {
    const r: unknown = toJSON.call(value, key);
    if (typeof r === "bigint") return r.toString();
    if (typeof r === "object" && r !== null) throw UNUSUAL;
    return r;
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i], String(i));
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw UNUSUAL;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k], k);
  return out;
}

/**
 * JSON for journal `data` columns: bigint as a decimal string, objects with `toJSON` (decimal.js values)
 * through it, so every amount stays exact. Exactly `JSON.stringify` with a bigint-to-string replacer
 * (`"null"` for a value it skips), but the usual records (plain objects of decimals, bigints and
 * primitives) are first copied with their bigints converted and then written without a replacer: a
 * replacer function takes `JSON.stringify` off its fast path, and the journal writes every opportunity
 * and trade (a property test holds both ways to the same text).
 */
export function toJournalJson(value: unknown): string {
  let plain: unknown;
  try {
    plain = toPlain(value, "");
  } catch {
    return JSON.stringify(value, bigintAsString) ?? "null";
  }
  return JSON.stringify(plain) ?? "null";
}
