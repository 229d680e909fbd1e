import { ArbError } from "@arbkit/core";
import type { z } from "zod";
import { arbConfigSchema, type ArbConfig } from "./ArbConfig";

const describeValue = (value: unknown): string => {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const pathOf = (issue: z.core.$ZodIssue): string =>
  issue.path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc === "" ? String(key) : `${acc}.${String(key)}`), "");

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `no key ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (unknown key)`;
  if (issue.code === "invalid_type") return issue.expected;
  if (issue.code === "invalid_value") return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "too_small") {
    if (issue.origin === "array") return `at least ${String(issue.minimum)} item(s)`;
    if (issue.origin === "string") return `at least ${String(issue.minimum)} character(s)`;
    return `${issue.inclusive === false ? ">" : "≥"} ${String(issue.minimum)}`;
  }
  if (issue.code === "too_big") return `${issue.inclusive === false ? "<" : "≤"} ${String(issue.maximum)}`;
  return issue.message;
}

/**
 * Validates a configuration object (already read from YAML/JSON and merged with flags), applying defaults.
 *
 * @param input The raw object.
 * @param file The file it came from, for messages.
 * @throws ArbError `CONFIG_INVALID` naming the first problem's key path, its value and what was expected;
 * `details` lists every problem.
 * @example
 * ```ts
 * parseConfig({ pairs: [] }); // throws: pairs: got [] — expected at least 1 item(s)
 * ```
 */
export function parseConfig(input: unknown, file?: string): ArbConfig {
  const result = arbConfigSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = pathOf(issue) || "(root)";
    const value = "input" in issue ? issue.input : undefined;
    const expected = expectedOf(issue);
    return { path, value, expected, line: `${path}: got ${describeValue(value)}, expected ${expected}` };
  });
  const first = problems[0] ?? { path: "(root)", value: input, expected: "an object", line: "(root): invalid" };
  throw new ArbError(
    "CONFIG_INVALID",
    `${file === undefined ? "" : `${file}: `}${first.line}`,
    { path: first.path, value: first.value, expected: first.expected, ...(file === undefined ? {} : { file }) },
    { details: problems.length > 1 ? problems.map((p) => `  - ${p.line}`).join("\n") : undefined },
  );
}
