/**
 * The strict decimal grammar venues use on the wire: optional `-`, digits, optional `.digits`.
 * No exponent, no `+`, no leading/trailing dot, no whitespace, no `NaN`/`Infinity`.
 */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether `value` is a decimal string in the strict venue grammar (`"77.433"`, `"0.0"`, `"-1.5"`).
 * `"1e-8"`, `".5"`, `"5."`, `"+1"`, `" 1"` and `"NaN"` are not.
 */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && value.length <= 256 && DECIMAL.test(value);
}
