import { resolve } from "node:path";
import { readScenarioAccounts, writeScenarioRecording } from "@arbkit/connectors";
import { ArbError } from "@arbkit/core";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";

/** The pool snapshot the bundled scenario starts from (relative to the repository root). */
export const DEFAULT_SCENARIO_ACCOUNTS = "../shared/fixtures/orca/sol-usdc-HJPjoW-slot185759999/pool-and-39-tick-arrays.json";

const positiveInt = (name: string, value: unknown): number => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  throw new ArbError("CLI_USAGE_INVALID", `--${name} must be a positive integer, got ${JSON.stringify(value)}`, { argument: `--${name}`, reason: "not a positive integer" });
};

/** `arb-cli scenario <out>`: writes a seeded SYNTHETIC three-venue recording (see `createScenarioRecording`). */
export const scenarioCommand: CliCommand = {
  command: "scenario <out>",
  describe: "Generate a SYNTHETIC recording (Coinbase + Gemini + Orca wire frames, the pool lagging the CEX)",
  builder: (y) =>
    y
      .positional("out", { type: "string", describe: "Recording to write (.jsonl or .jsonl.gz)" })
      .option("seed", { type: "number", default: 42, describe: "Random seed; same seed → same bytes" })
      .option("duration", { type: "number", default: 300, describe: "Market time to cover, seconds" })
      .option("start-time", { type: "number", default: 1_786_310_400, describe: "Start, Unix seconds" })
      .option("accounts", { type: "string", default: DEFAULT_SCENARIO_ACCOUNTS, describe: "Whirlpool + tick arrays JSON (shared fixture format)" }),
  async handler(args, io) {
    const seed = Number(args.seed);
    if (!Number.isSafeInteger(seed)) throw new ArbError("CLI_USAGE_INVALID", "--seed must be an integer", { argument: "--seed", reason: "not an integer" });
    const duration = positiveInt("duration", args.duration);
    const startTime = positiveInt("start-time", args.startTime);
    const out = resolve(io.cwd, String(args.out));
    const accounts = readScenarioAccounts(resolve(io.cwd, String(args.accounts)));
    const result = await writeScenarioRecording(out, { accounts, seed, durationSeconds: duration, startTime });
    io.stdout.write(`Wrote SYNTHETIC scenario ${out}: ${result.frames} frames, ${(result.bytes / 1e6).toFixed(2)} MB uncompressed, ${duration} s of market time, seed ${seed}\n`);
    return EXIT.OK;
  },
};
