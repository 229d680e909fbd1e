import { existsSync } from "node:fs";
import { ArbError } from "@arbkit/core";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { resolveOutputPath } from "../cli/resolveOutputPath";
import { writeOutputFile } from "../cli/writeOutputFile";
import { STARTER_CONFIG_YAML } from "../config/starterConfigYaml";

/** `arb-cli init [file]`: writes the commented starter configuration (refuses to overwrite without `--force`). */
export const initCommand: CliCommand = {
  command: "init [file]",
  describe: "Write a commented starter config (SOL/USD on Coinbase + Gemini vs SOL/USDC on Orca, the seed's risk defaults)",
  builder: (y) =>
    y
      .positional("file", { type: "string", default: "arb-cli.yaml", describe: "Where to write the YAML config" })
      .option("force", { type: "boolean", default: false, describe: "Overwrite an existing file" }),
  async handler(args, io) {
    const file = resolveOutputPath(io.cwd, String(args.file), String(args.file));
    if (existsSync(file) && args.force !== true) {
      throw new ArbError("CLI_USAGE_INVALID", `${file} exists; pass --force to overwrite it`, { argument: String(args.file), reason: "file exists" });
    }
    writeOutputFile(file, STARTER_CONFIG_YAML, String(args.file));
    io.stdout.write(`Wrote ${file}\nNext: arb-cli config check ${String(args.file)} && arb-cli run --config ${String(args.file)}\n`);
    return EXIT.OK;
  },
};
