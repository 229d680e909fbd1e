import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { STARTER_CONFIG_YAML } from "../../../packages/cli/src/config/starterConfigYaml";
import { startCli, type CliProcess } from "../../cli/support/cliProcess";
import { pointConfigAtFakes } from "../../cli/support/pointConfigAtFakes";

/** A spawned `arb-cli run` and where to reach it. */
export interface ChaosBot {
  /** Where the bot's config, journal and any crash report are. */
  readonly dir: string;
  readonly process: CliProcess;
  /** The ops server, `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly journal: string;
}

/**
 * Writes the starter configuration pointed at the loopback fakes (every other setting as shipped: 2 s book
 * and 5 s pool age limits, 10 bps minimum edge) and starts `arb-cli run` on it: live mode, JSON logs, ops
 * server on a free port, journal in `dir`. Resolves once the ops server listens.
 */
export async function spawnChaosBot(dir: string, endpoints: { readonly coinbase: string; readonly gemini: string; readonly rpcHttp: string; readonly rpcWs: string }): Promise<ChaosBot> {
  const config = join(dir, "chaos.yaml");
  const journal = join(dir, "chaos.sqlite");
  const yaml = pointConfigAtFakes(STARTER_CONFIG_YAML, { coinbase: endpoints.coinbase, gemini: endpoints.gemini, solana: { http: endpoints.rpcHttp, ws: endpoints.rpcWs } });
  writeFileSync(config, yaml);
  // A crash leaves a Node diagnostic report (with the JavaScript stack, which an out-of-memory abort does not
  // print) in `dir`; 1 GB of heap is ten times what the bot needs, so a leak fails fast and with a stack.
  const inspect = process.env.ARBKIT_CHAOS_INSPECT === undefined ? [] : [`--inspect=127.0.0.1:${process.env.ARBKIT_CHAOS_INSPECT}`];
  const nodeOptions = [process.env.NODE_OPTIONS ?? "", "--report-on-fatalerror", `--report-directory=${dir}`, "--max-old-space-size=1024", ...inspect].join(" ").trim();
  const child = startCli(["run", "--config", config, "--journal", journal, "--port", "0", "--view", "logs"], { env: { NODE_OPTIONS: nodeOptions } });
  const line = await child.waitForLine((l) => l.includes('"event":"listening"'));
  const url = (JSON.parse(line) as { url: string }).url;
  return { process: child, url, journal, dir };
}
