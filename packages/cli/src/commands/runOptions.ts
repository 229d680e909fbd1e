import { ArbError } from "@arbkit/core";
import type { Argv } from "yargs";
import type { CliArgs } from "../cli/CliCommand";
import type { ConfigOverrides } from "../config/resolveConfig";

/** Adds the options shared by `run`, `backtest`, `record` and `quote`: config file and its overrides. */
export function withConfigOptions(y: Argv): Argv {
  return y
    .option("config", { type: "string", describe: "YAML or JSON config (default: the built-in starter config)" })
    .option("log-level", { choices: ["fatal", "error", "warn", "info", "debug", "trace"], describe: "Log level (overrides log.level)" })
    .option("min-edge-bps", { type: "string", describe: "Minimum net edge, bps (overrides signal.minNetEdgeBps)" });
}

/** Reads the config overrides common to every command from parsed arguments. */
export function getConfigOverrides(args: CliArgs): ConfigOverrides {
  return {
    ...(typeof args.logLevel === "string" ? { logLevel: args.logLevel } : {}),
    ...(typeof args.minEdgeBps === "string" ? { minEdgeBps: args.minEdgeBps } : {}),
    ...(typeof args.host === "string" ? { host: args.host } : {}),
    ...(typeof args.port === "number" ? { port: args.port } : {}),
    ...(typeof args.journal === "string" ? { journal: args.journal } : {}),
  };
}

/** A positive finite number flag, or undefined when absent. */
export function getPositiveNumber(args: CliArgs, name: string, key: string): number | undefined {
  const v = args[key];
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
    throw new ArbError("CLI_USAGE_INVALID", `--${name} must be a positive number, got ${JSON.stringify(v)}`, { argument: `--${name}`, reason: "not a positive number" });
  }
  return v;
}
