import { isDecimalString } from "@arbkit/core";
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
