import { isDecimalString, parseDecimal } from "@arbkit/core";
import { z } from "zod";

/**
 * A zod field for an exact non-negative decimal amount. Accepts a string (`"1000"`, `"0.006"`) or a plain
 * YAML/JSON number that prints as such a string (`1000`, `0.006`); the value is always kept as the exact
 * string, never as a float. Exponent notation (`1e-7`) and negatives are rejected.
 */
export const decimalField = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === "number" ? String(v) : v))
  .refine((v) => isDecimalString(v) && !v.startsWith("-"), { message: "a non-negative decimal such as \"1000\" or \"0.25\" (no exponent)" });

/** A zod field for a strictly positive exact decimal. */
export const positiveDecimalField = decimalField.refine((v) => /[1-9]/.test(v), { message: "a positive decimal" });

/**
 * Whether `v` is at most `max`, compared exactly (no float). A value that is not a decimal passes: zod runs
 * every check, and the base check has already reported it.
 */
const isAtMost = (v: string, max: string): boolean => !isDecimalString(v) || parseDecimal(v, { allowNegative: true }).lte(max);

/**
 * A zod field for a fee or slippage rate in basis points: a non-negative exact decimal of at most 10 000 bps
 * (100 %). More than the whole amount cannot be charged or lost, so a larger value is a typo (a percentage
 * or a rate given as bps).
 */
export const basisPointsField = decimalField.refine((v) => isAtMost(v, "10000"), { message: "at most 10000 bps (100 %)" });

/** A zod field for a fraction: a non-negative exact decimal of at most 1. */
export const fractionField = decimalField.refine((v) => isAtMost(v, "1"), { message: "a fraction ≤ 1" });
