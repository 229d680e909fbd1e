import { resolve } from "node:path";
import { EXIT } from "../cli/CliIo";
import type { CliCommand } from "../cli/CliCommand";
import { getRuntimeSecrets } from "../config/RuntimeSecrets";
import { resolveConfig } from "../config/resolveConfig";

/** `arb-cli config check <file>`: validates a config file and summarizes it; exit 2 with the key path on error. */
export const configCheckCommand: CliCommand = {
  command: "config <action> <file>",
  describe: "Validate a config file: arb-cli config check <file>",
  builder: (y) =>
    y
      .positional("action", { type: "string", choices: ["check"], describe: "check: validate the file" })
      .positional("file", { type: "string", describe: "YAML or JSON config" }),
  async handler(args, io) {
    const file = resolve(io.cwd, String(args.file));
    const config = resolveConfig(file);
    const secrets = getRuntimeSecrets(io.env);
    const venues = Object.entries(config.venues).filter(([, v]) => v.enabled).map(([k]) => k);
    io.stdout.write(
      [
        `ok: ${String(args.file)} is valid`,
        `  pairs: ${config.pairs.map((p) => `${p.id} (${p.cex.map((c) => `${c.venue}:${c.symbol}`).join(", ")} vs orca:${p.pool.address.slice(0, 6)}…)`).join("; ")}`,
        `  venues: ${venues.join(", ")}`,
        `  risk: min net edge ${config.signal.minNetEdgeBps} bps, max position $${config.risk.maxPositionUsd}, daily loss $${config.risk.dailyLossLimitUsd}, ${config.risk.maxConsecutiveLosses} consecutive losses`,
        `  server: ${config.server.host}:${config.server.port}, control token ${secrets.controlToken === undefined ? "NOT set (control API refuses calls)" : "set (ARB_CONTROL_TOKEN)"}`,
        `  solana rpc: ${secrets.solanaRpcUrl === undefined ? "public endpoints only" : "ARB_SOLANA_RPC_URL first"}`,
        "",
      ].join("\n"),
    );
    return EXIT.OK;
  },
};
