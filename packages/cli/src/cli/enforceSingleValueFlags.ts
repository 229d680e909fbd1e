import { ArbError } from "@arbkit/core";
import type { Argv } from "yargs";

/** The part of yargs' option table read here (`getOptions()` exists at runtime but is not in @types/yargs). */
interface DeclaredOptions {
  readonly key: Readonly<Record<string, unknown>>;
  readonly boolean: readonly string[];
  readonly array: readonly string[];
  readonly count: readonly string[];
}

/** Positional names in a yargs command string, e.g. `["action", "file"]` for `"config <action> <file>"`. */
const positionalsOf = (command: string): Set<string> => new Set([...command.matchAll(/[<[]([^\]>.]+)(?:\.\.)?[\]>]/g)].map((m) => m[1] as string));

/** `minEdgeBps` → `min-edge-bps` (yargs accepts both spellings of a declared flag). */
const toKebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * How many times each of `flags` appears in `argv` (as `--flag v`, `--flag=v`, `--no-flag` or a camel-case
 * spelling), up to a `--` terminator. Counted on the raw tokens because yargs' own result cannot tell: a
 * repeated flag usually becomes a list, but a repeated number `1` is summed instead (`--speed 1 --speed 1`
 * parses as `speed: 2`), so the parsed value may look like one valid value.
 */
function countFlags(argv: readonly string[], flags: readonly string[]): Map<string, number> {
  const byName = new Map(flags.map((f) => [toKebab(f), f] as const));
  const counts = new Map<string, number>();
  for (const token of argv) {
    if (token === "--") break;
    if (!token.startsWith("--")) continue;
    const name = toKebab(token.slice(2).split("=", 1)[0] as string);
    const flag = byName.get(name) ?? (name.startsWith("no-") ? byName.get(name.slice(3)) : undefined);
    if (flag !== undefined) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  }
  return counts;
}

/**
 * Makes every single-value flag a command declares strict, so that a mistyped command line is a usage error
 * instead of something yargs quietly reinterprets:
 *
 * - a flag given without its value (`--speed` last, or followed by another flag) fails to parse (yargs'
 *   `requiresArg`; runCli words that error as `--speed needs a value`) — yargs would otherwise drop it;
 * - a flag given more than once (`--replay a --replay b`) is `CLI_USAGE_INVALID` — yargs would otherwise turn
 *   it into a list, which each command's `typeof x === "string"` check reads as "not given" (for `--replay`,
 *   a live run against the real venues), or add repeated `1`s up.
 *
 * Single-value flags are every declared option except booleans, counts, arrays and the command's positionals.
 * Call it on the yargs instance a command's builder returned.
 *
 * @param y The command's yargs instance, after its options are declared.
 * @param command The yargs command string (its positionals are left alone).
 * @param argv The raw command line being parsed (repeats are counted on it).
 * @returns `y`, with the checks added.
 * @throws ArbError `CLI_USAGE_INVALID` (from the parse, through yargs' fail handler) naming the repeated flag.
 * @example
 * ```ts
 * parser.command(c.command, c.describe, (y) => enforceSingleValueFlags(c.builder(y), c.command, argv), handler);
 * ```
 */
export function enforceSingleValueFlags(y: Argv, command: string, argv: readonly string[]): Argv {
  const declared = (y as unknown as { getOptions(): DeclaredOptions }).getOptions();
  const multi = new Set([...declared.boolean, ...declared.array, ...declared.count, ...positionalsOf(command)]);
  const flags = Object.keys(declared.key).filter((k) => !multi.has(k));
  if (flags.length === 0) return y;
  return y.requiresArg(flags).check((args) => {
    const counts = countFlags(argv, flags);
    for (const flag of flags) {
      const value: unknown = args[flag];
      const times = Math.max(counts.get(flag) ?? 0, Array.isArray(value) ? value.length : 0);
      if (times > 1) {
        throw new ArbError("CLI_USAGE_INVALID", `--${flag} was given ${times} times; it takes one value`, { argument: `--${flag}`, reason: "given more than once" }, {
          details: `Give --${flag} once.`,
        });
      }
    }
    return true;
  });
}
