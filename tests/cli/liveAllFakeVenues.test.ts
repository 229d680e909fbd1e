import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDir } from "../support/createTempDir";
import type { FakeSolanaRpc } from "../fakes/createFakeSolanaRpc";
import { startFake } from "../solana/orcaTestKit";
import { BUNDLED_RECORDING, parseLogLines, runCli } from "./support/cliProcess";
import { pointConfigAtFakes } from "./support/pointConfigAtFakes";
import { startReplayVenue, type ReplayVenue } from "./support/startReplayVenue";

const dir = createTempDir("arbkit-cli-live-", { removeAfter: "file" });
const config = join(dir, "live.yaml");
const journal = join(dir, "live.sqlite");
let coinbase: ReplayVenue;
let gemini: ReplayVenue;
let solana: FakeSolanaRpc;

beforeAll(async () => {
  // CEX fakes replay the synthetic recording's frames (its price starts at the real pool's ~20.85 and jumps ~2.4 %
  // lower after 52 s of market time); the Solana fake serves the real SOL/USDC Whirlpool, which stays put.
  coinbase = await startReplayVenue(BUNDLED_RECORDING, "coinbase", 3);
  gemini = await startReplayVenue(BUNDLED_RECORDING, "gemini", 3);
  solana = await startFake();
  expect((await runCli(["init", config])).code).toBe(0);
  writeFileSync(
    config,
    pointConfigAtFakes(readFileSync(config, "utf8"), { coinbase: coinbase.url, gemini: gemini.url, solana: { http: solana.httpUrl(), ws: solana.wsUrl() } }),
  );
});

afterAll(async () => {
  await coinbase.close();
  await gemini.close();
  await solana.close();
});

describe("arb-cli run live against loopback fakes of all three venues", () => {
  it("connects to every venue (keyed RPC from the environment first), finds and paper-trades arbitrage, leaks no key", async () => {
    const result = await runCli(["run", "--config", config, "--duration", "8", "--no-server", "--journal", journal], {
      env: { ARB_SOLANA_RPC_URL: solana.httpUrl("/v1/SEKRIT-live-key"), ARB_SOLANA_WS_URL: solana.wsUrl("/v1/SEKRIT-live-key") },
    });
    expect(result.code).toBe(0);
    const lines = parseLogLines(result.stdout);
    const live = lines.filter((l) => l.event === "status" && l.status === "live").map((l) => l.instrument);
    expect(live).toEqual(expect.arrayContaining(["coinbase:SOL-USD", "gemini:SOLUSD", "orca:HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ"]));
    // The keyed endpoint was the one used.
    expect(solana.calls.some((c) => c.path.includes("SEKRIT-live-key"))).toBe(true);
    expect(lines.some((l) => l.event === "opportunity" && l.direction === "cexToPool")).toBe(true);
    expect(lines.some((l) => l.event === "trade")).toBe(true);
    expect(result.stdout + result.stderr).not.toContain("SEKRIT");
    const exported = await runCli(["export", "status_changes", "--journal", journal, "--format", "json"]);
    expect(exported.stdout).not.toContain("SEKRIT");
  });
});
